/// Short paragraphs that are page furniture by their words alone: "Advertisement", a byline
/// naming the article's authors, a date or "Updated at …" line.
///
/// Such a line is recorded in the metadata where it says something (the byline, the date) and
/// kept out of the article's text.
enum BoilerplateText {
    /// Labels that stand alone on ad slots and link blocks (compared in lower case, without
    /// trailing punctuation).
    static let labels: Set<String> = [
        "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "continue reading", "read more", "read more below", "see also", "related",
        "related articles", "related stories", "related content", "more from", "share", "share this",
        "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "email",
        "print", "comments", "show comments", "hide comments", "click to expand", "skip advertisement",
        "scroll to continue with content", "loading", "loading...", "image", "photo", "video", "listen",
        "listen to this article", "follow us", "subscribe", "sign up", "next", "previous", "back to top",
        "top", "close", "menu", "advertisement - scroll to continue", "ad feedback", "recommended", "advert", "adverts",
        "sponsored links", "sponsored stories", "this slideshow requires javascript", "more stories", "most read",
        "most popular", "trending", "sharing is caring", "share this post", "you may also like", "you might also like",
        "also read", "read next",
    ]

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether a paragraph is furniture; `authors` are the names the metadata found.
    static func isBoilerplate(_ text: String, authors: [String]) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        let lowered = text.lowercased()
        var bare = Substring(lowered)
        while let last = bare.last,
            last == "." || last == ":" || last == "…" || last == " " || last == "»" || last == "›"
        {
            bare = bare.dropLast()
        }
        if labels.contains(String(bare)) { return true }
        let words = lowered.split { $0 == " " || $0 == "\n" }
        // "Tags: a, b, c", "Filed under / …"
        for prefix in ["tags", "filed under", "topics", "categories", "category"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count).drop { $0 == " " }
            if rest.first == ":" || rest.first == "/" || rest.first == "|" { return true }
        }
        // "By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", "Jane Doe, Staff Writer"
        if words.count <= 16,
            lowered.hasPrefix("by ") || lowered.hasPrefix("written by ") || lowered.hasPrefix("posted by ")
        {
            if authors.isEmpty || authors.contains(where: { lowered.contains($0.lowercased()) }) { return true }
        }
        if words.count <= 10,
            ["updated", "published", "posted", "last updated", "first published", "modified"].contains(where: {
                lowered.hasPrefix($0)
            })
        {
            return isDateLike(words.dropFirst()) || lowered.contains(":") || words.count <= 6
        }
        if words.count <= 7 && isDateLike(words[...]) && !lowered.contains(where: { $0 == "!" || $0 == "?" }) {
            return true
        }
        return false
    }

    /// Whether the words read as a date (a month name or a numeric date, and a year or a time),
    /// with no other words than weekdays and time words.
    private static func isDateLike(_ words: ArraySlice<Substring>) -> Bool {
        var hasDate = false
        var other = 0
        for word in words {
            let bare = word.trimmingCharacters(in: ",.|-–—()")
            if bare.isEmpty { continue }
            if monthNames.contains(bare) {
                hasDate = true
            } else if bare.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" || $0 == ":" || $0 == "." }) {
                if bare.contains("/") || bare.count == 4
                    || bare.count >= 8 && (bare.contains("-") || bare.contains("."))
                {
                    hasDate = true
                }
            } else if [
                "am", "pm", "a.m", "p.m", "et", "est", "edt", "gmt", "utc", "bst", "cet", "pst", "pdt", "at",
                "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                "wed", "thu", "fri", "sat", "sun", "ist", "cst", "cdt", "hours", "ago", "minutes",
            ].contains(bare) {
                continue
            } else {
                other += 1
            }
        }
        return hasDate && other == 0
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
