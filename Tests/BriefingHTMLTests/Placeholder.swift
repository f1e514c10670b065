import BriefingHTML
import Testing
