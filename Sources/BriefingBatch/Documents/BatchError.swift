public import BriefingModel

extension BriefingError.Code {
    /// A document's work took longer than the batch's time limit: it was reported at the limit and
    /// its work abandoned at its next checkpoint.
    public static let timedOut: Self = "timed-out"
    /// A line of NDJSON input that is not a record: not a JSON object, no `id`, no input or two
    /// inputs, a member of the wrong type, or a line longer than the limit.
    public static let invalidRecord: Self = "invalid-record"
    /// Two inputs of one batch would be written to the same output file (the same id, or the same
    /// file given twice); the second is not written.
    public static let duplicateID: Self = "duplicate-id"
}
