import BriefingAnalysis
import Testing

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    let segmenter = SentenceSegmenter()

    func split(_ text: String) -> [String] { segmenter.sentences(in: text).map(String.init) }

    @Test func abbreviationsTitlesAndInitialsDoNotEndSentences() {
        #expect(
            split("Mr. Smith met Dr. Jones at 5 p.m. on Monday. J. K. Rowling was there too. It went well.")
                == ["Mr. Smith met Dr. Jones at 5 p.m. on Monday.", "J. K. Rowling was there too.", "It went well."])
    }

    @Test func dottedAbbreviationsEndASentenceOnlyBeforeAStarter() {
        #expect(split("The U.S. has maintained a firm stance.") == ["The U.S. has maintained a firm stance."])
        #expect(
            split("Talks began in the U.S. The mood was calm.") == ["Talks began in the U.S.", "The mood was calm."])
        #expect(split("U.S. President Biden spoke.") == ["U.S. President Biden spoke."])
    }

    @Test func vsAndEgAndDecimalsStay() {
        #expect(
            split("Hope vs. Reality is the theme, e.g. in Kyiv. Flows fell 8.5 percent to 3.2 billion.")
                == ["Hope vs. Reality is the theme, e.g. in Kyiv.", "Flows fell 8.5 percent to 3.2 billion."])
    }

    @Test func quotationsAndEllipses() {
        #expect(
            split("“We will win.” He smiled. “Will you?” she asked. Then… Silence fell. Wait... Nothing.")
                == [
                    "“We will win.”", "He smiled.", "“Will you?” she asked.", "Then…", "Silence fell.", "Wait...",
                    "Nothing.",
                ])
    }

    @Test func otherScriptsAndAllCapitals() {
        #expect(split("Привет. Как дела? Хорошо.") == ["Привет.", "Как дела?", "Хорошо."])
        #expect(split("THE VOTE PASSED. COUNCILLORS CHEERED.") == ["THE VOTE PASSED.", "COUNCILLORS CHEERED."])
        #expect(split("東京は晴れ。 大阪は雨。").count >= 1)
    }

    @Test func noPunctuationIsOneSentence() {
        #expect(split("no punctuation at all here") == ["no punctuation at all here"])
        #expect(split("") == [])
        #expect(split("   ") == [])
    }
}
