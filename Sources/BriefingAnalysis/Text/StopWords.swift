/// English function words and very common verbs and adverbs, which never start, end or make up a
/// keyphrase and carry no weight in summaries.
enum StopWords {
    static let english: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around",
        "as", "at", "away", "back", "be", "became", "because", "become", "becomes", "been", "before", "behind",
        "being", "below", "between", "beyond", "both", "but", "by", "came", "can", "cannot", "could", "did", "do",
        "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "especially", "etc", "even",
        "ever", "every", "few", "first", "for", "from", "further", "get", "gets", "getting", "give", "given",
        "gives", "go", "goes", "going", "gone", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including", "indeed", "instead",
        "into", "is", "it", "its", "itself", "just", "last", "least", "less", "let", "like", "likely", "made",
        "make", "makes", "making", "many", "may", "me", "meanwhile", "might", "more", "moreover", "most", "much",
        "must", "my", "near", "nearly", "neither", "never", "new", "next", "no", "nor", "not", "now", "of", "off",
        "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
        "ourselves", "out", "over", "own", "per", "perhaps", "put", "quite", "rather", "really", "said", "same",
        "say", "says", "see", "seem", "seemed", "seems", "several", "shall", "she", "should", "since", "so",
        "some", "something", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "therefore", "these", "they", "thing", "things", "this", "those", "though", "through",
        "thus", "to", "together", "too", "toward", "towards", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "under", "unlikely", "until", "up", "upon", "us", "use", "used", "very", "via",
        "was", "way", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "yours", "yourself", "told", "added", "according", "percent", "per cent", "year", "years", "time",
        "times", "week", "weeks", "month", "months", "day", "days", "mr", "mrs", "ms", "dr", "u.s", "e.g", "i.e",
        "vs", "vs.", "second", "third", "second", "highly", "probable", "certain", "certainly", "possible",
        "possibly", "potentially", "potential", "particularly", "mere", "merely", "simply", "far", "long",
        "rarely", "whilst", "amid", "amongst", "upon", "across", "despite", "unless", "whereas", "yes", "others",
    ]

    static func contains(_ word: String) -> Bool { english.contains(word) }
}
