import IndustryModel
import Testing

@Suite("Measure words") struct MeasureWordsTests {
    @Test func oneOfAPluralReadsSingularByRule() {
        #expect(MeasureWords.english("trademarks", counting: "1") == "trademark")
        #expect(MeasureWords.english("trademarks", counting: "2") == "trademarks")
        #expect(MeasureWords.english("companies", counting: "1") == "company")
        #expect(MeasureWords.english("workshops (factories)", counting: "1") == "workshop (factory)")
        #expect(MeasureWords.english("cited sources", counting: "1") == "cited source")
        // A number printed as "1.5" or "0" is not one.
        #expect(MeasureWords.english("parks", counting: "1.5") == "parks")
        #expect(MeasureWords.english("parks", counting: "0") == "parks")
        // Words that are not plurals are kept.
        #expect(MeasureWords.singular("PFLOPS") == "PFLOPS")
        #expect(MeasureWords.singular("business") == "business")
    }

    @Test func countedNounsAgreeWithTheirNumber() {
        #expect(MeasureWords.counted(1, "slides") == "1 slide")
        #expect(MeasureWords.counted(9, "slides") == "9 slides")
        // A figure that rounds to 1 reads as one.
        let workshops = LocalizedText(zh: "个", en: "workshops (factories)")
        #expect(FigureFormat.value(1, unit: .count, measure: workshops, language: .en) == "1 workshop (factory)")
        #expect(FigureFormat.value(1.001, unit: .count, measure: workshops, language: .en) == "1 workshop (factory)")
        #expect(FigureFormat.value(640, unit: .count, measure: workshops, language: .en) == "640 workshops (factories)")
    }
}
