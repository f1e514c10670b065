/// The XML Schema of the briefing format, and its namespace.
///
/// The schema is also in the repository as `Schemas/briefing.xsd`; it is carried here in code
/// because on Linux `Bundle.module` traps when a moved binary cannot find its resource bundle.
/// A test checks that the two are identical.
public enum BriefingXMLSchema {
    /// The namespace of every element in the briefing format, version 1.
    public static let namespace = "https://swift-briefing.github.io/ns/briefing/1"

    /// The text of `Schemas/briefing.xsd`.
    public static let text = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!--
          XML Schema for swift-briefing's XML export, format version 1.x.
          Namespace: https://swift-briefing.github.io/ns/briefing/1

          Free text is always element content, never an attribute value, so it survives exactly.
          Positions are 1-based line and column attributes (columns count Unicode scalars).
          Elements for analysis results (entities, quotes, keyphrases, summary, estimates,
          statistics, custom) appear only when the analyser that fills them has run.
          The library carries this schema in code (BriefingXMLSchema.text); a test checks the two are identical.
        -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   xmlns:b="https://swift-briefing.github.io/ns/briefing/1"
                   targetNamespace="https://swift-briefing.github.io/ns/briefing/1"
                   elementFormDefault="qualified">

          <!-- The root: a briefing. formatVersion is MAJOR.MINOR; the major number changes only when
               an element is removed or changes meaning. -->
          <xs:element name="briefing">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="title" type="b:locatedText" minOccurs="0"/>
                <xs:element name="metadata" type="b:metadata"/>
                <xs:element name="section" type="b:section" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element name="entities" type="b:entities" minOccurs="0"/>
                <xs:element name="quotes" type="b:quotes" minOccurs="0"/>
                <xs:element name="keyphrases" type="b:keyphrases" minOccurs="0"/>
                <xs:element name="summary" type="b:summary" minOccurs="0"/>
                <xs:element name="estimates" type="b:estimates" minOccurs="0"/>
                <xs:element name="statistics" type="b:statistics" minOccurs="0"/>
                <xs:element name="custom" type="b:custom" minOccurs="0"/>
                <xs:element name="diagnostics" type="b:diagnostics"/>
              </xs:sequence>
              <xs:attribute name="formatVersion" use="required">
                <xs:simpleType>
                  <xs:restriction base="xs:string">
                    <xs:pattern value="1\.[0-9]+"/>
                  </xs:restriction>
                </xs:simpleType>
              </xs:attribute>
            </xs:complexType>
          </xs:element>

          <!-- A position in the input. -->
          <xs:attributeGroup name="location">
            <xs:attribute name="line" type="xs:positiveInteger" use="required"/>
            <xs:attribute name="column" type="xs:positiveInteger" use="required"/>
          </xs:attributeGroup>
          <xs:attributeGroup name="optionalLocation">
            <xs:attribute name="line" type="xs:positiveInteger"/>
            <xs:attribute name="column" type="xs:positiveInteger"/>
          </xs:attributeGroup>

          <!-- Text with an optional position. -->
          <xs:complexType name="locatedText">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attributeGroup ref="b:optionalLocation"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>

          <!-- Text with a required position. -->
          <xs:complexType name="positionedText">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attributeGroup ref="b:location"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>

          <!-- Who wrote the article, when, where, for whom; each only when known. An author element per
               author; published and modified in ISO 8601; a tag element per tag. -->
          <xs:complexType name="metadata">
            <xs:sequence>
              <xs:element name="byline" type="xs:string" minOccurs="0"/>
              <xs:element name="author" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="dateline" type="xs:string" minOccurs="0"/>
              <xs:element name="date" type="xs:string" minOccurs="0"/>
              <xs:element name="published" type="xs:string" minOccurs="0"/>
              <xs:element name="modified" type="xs:string" minOccurs="0"/>
              <xs:element name="place" type="xs:string" minOccurs="0"/>
              <xs:element name="source" type="xs:string" minOccurs="0"/>
              <xs:element name="siteName" type="xs:string" minOccurs="0"/>
              <xs:element name="url" type="xs:string" minOccurs="0"/>
              <xs:element name="description" type="xs:string" minOccurs="0"/>
              <xs:element name="image" type="xs:string" minOccurs="0"/>
              <xs:element name="language" type="xs:string" minOccurs="0"/>
              <xs:element name="tag" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>

          <!-- A section: the lede has no heading and level 1; headed sections nest. -->
          <xs:complexType name="section">
            <xs:sequence>
              <xs:element name="heading" type="b:locatedText" minOccurs="0"/>
              <xs:choice minOccurs="0" maxOccurs="unbounded">
                <xs:element name="paragraph" type="b:positionedText"/>
                <xs:element name="list" type="b:list"/>
                <xs:element name="quote" type="b:quote"/>
                <xs:element name="code" type="b:code"/>
                <xs:element name="table" type="b:table"/>
                <xs:element name="figure" type="b:figure"/>
              </xs:choice>
              <xs:element name="section" type="b:section" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="level" use="required">
              <xs:simpleType>
                <xs:restriction base="xs:positiveInteger">
                  <xs:maxInclusive value="6"/>
                </xs:restriction>
              </xs:simpleType>
            </xs:attribute>
          </xs:complexType>

          <!-- A list; items nest up to 32 levels. -->
          <xs:complexType name="list">
            <xs:sequence>
              <xs:element name="item" type="b:item" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="ordered" type="xs:boolean" use="required"/>
            <!-- The number of the first item, when it is not 1 (readers set it on ordered lists). -->
            <xs:attribute name="start" type="xs:integer" use="optional"/>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- A list item: the label of a 'Label: text' item, its text, and nested items. -->
          <xs:complexType name="item">
            <xs:sequence>
              <xs:element name="label" type="xs:string" minOccurs="0"/>
              <xs:element name="text" type="xs:string"/>
              <xs:element name="item" type="b:item" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- A block quote, with its attribution and nested quotes. -->
          <xs:complexType name="quote">
            <xs:sequence>
              <xs:element name="text" type="xs:string"/>
              <xs:element name="attribution" type="xs:string" minOccurs="0"/>
              <xs:element name="quote" type="b:quote" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- Text kept as written, line breaks and all, with the language it is in when known. -->
          <xs:complexType name="code">
            <xs:sequence>
              <xs:element name="language" type="xs:string" minOccurs="0"/>
              <xs:element name="text" type="xs:string"/>
            </xs:sequence>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- A table: its caption, then rows of cells; the first headerRowCount rows are headings. -->
          <xs:complexType name="table">
            <xs:sequence>
              <xs:element name="caption" type="xs:string" minOccurs="0"/>
              <xs:element name="row" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="cell" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="headerRowCount" type="xs:nonNegativeInteger" use="required"/>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- An illustration: its caption (kept apart from the body text) and the image's address. -->
          <xs:complexType name="figure">
            <xs:sequence>
              <xs:element name="caption" type="xs:string"/>
              <xs:element name="source" type="xs:string" minOccurs="0"/>
            </xs:sequence>
            <xs:attributeGroup ref="b:location"/>
          </xs:complexType>

          <!-- People, organisations, places and other named things. -->
          <xs:complexType name="entities">
            <xs:sequence>
              <xs:element name="entity" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="name" type="xs:string"/>
                    <xs:element name="alias" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:attribute name="kind" use="required">
                    <xs:simpleType>
                      <xs:restriction base="xs:string">
                        <xs:enumeration value="person"/>
                        <xs:enumeration value="organisation"/>
                        <xs:enumeration value="place"/>
                        <xs:enumeration value="other"/>
                      </xs:restriction>
                    </xs:simpleType>
                  </xs:attribute>
                  <xs:attribute name="mentions" type="xs:nonNegativeInteger" use="required"/>
                  <xs:attributeGroup ref="b:optionalLocation"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <!-- Quotations that are speech, with the speaker and what tied them (cue). -->
          <xs:complexType name="quotes">
            <xs:sequence>
              <xs:element name="attributedQuote" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="text" type="xs:string"/>
                    <xs:element name="speaker" type="xs:string" minOccurs="0"/>
                    <xs:element name="cue" type="xs:string" minOccurs="0"/>
                  </xs:sequence>
                  <xs:attributeGroup ref="b:optionalLocation"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <!-- Keyphrases, best first. -->
          <xs:complexType name="keyphrases">
            <xs:sequence>
              <xs:element name="keyphrase" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="score" type="xs:double" use="required"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <!-- An extractive summary: sentences in document order. -->
          <xs:complexType name="summary">
            <xs:sequence>
              <xs:element name="sentence" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>

          <!-- Hedged claims, with their ICD 203 band (absent for a modal hedge) and its probability range. -->
          <xs:complexType name="estimates">
            <xs:sequence>
              <xs:element name="estimate" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="text" type="xs:string"/>
                    <xs:element name="phrase" type="xs:string"/>
                  </xs:sequence>
                  <xs:attribute name="band">
                    <xs:simpleType>
                      <xs:restriction base="xs:string">
                        <xs:enumeration value="almost no chance"/>
                        <xs:enumeration value="very unlikely"/>
                        <xs:enumeration value="unlikely"/>
                        <xs:enumeration value="roughly even chance"/>
                        <xs:enumeration value="likely"/>
                        <xs:enumeration value="very likely"/>
                        <xs:enumeration value="almost certain"/>
                      </xs:restriction>
                    </xs:simpleType>
                  </xs:attribute>
                  <xs:attribute name="lower" type="b:probability"/>
                  <xs:attribute name="upper" type="b:probability"/>
                  <xs:attributeGroup ref="b:optionalLocation"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <xs:simpleType name="probability">
            <xs:restriction base="xs:double">
              <xs:minInclusive value="0"/>
              <xs:maxInclusive value="1"/>
            </xs:restriction>
          </xs:simpleType>

          <!-- Word and sentence counts and the reading time. -->
          <xs:complexType name="statistics">
            <xs:attribute name="words" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="sentences" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="readingTimeSeconds" type="xs:nonNegativeInteger" use="required"/>
          </xs:complexType>

          <!-- The results of analysers outside the standard set, each under its key, as a value of the
               JSON data model: null, a boolean, an integer, a number, a string, an array or an object. -->
          <xs:complexType name="custom">
            <xs:sequence>
              <xs:element name="result" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="key" type="xs:string"/>
                    <xs:group ref="b:value"/>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <xs:group name="value">
            <xs:choice>
              <xs:element name="null">
                <xs:complexType/>
              </xs:element>
              <xs:element name="bool" type="xs:boolean"/>
              <xs:element name="integer" type="xs:long"/>
              <xs:element name="number" type="xs:double"/>
              <xs:element name="string" type="xs:string"/>
              <xs:element name="array">
                <xs:complexType>
                  <xs:group ref="b:value" minOccurs="0" maxOccurs="unbounded"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="object">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="member" minOccurs="0" maxOccurs="unbounded">
                      <xs:complexType>
                        <xs:sequence>
                          <xs:element name="name" type="xs:string"/>
                          <xs:group ref="b:value"/>
                        </xs:sequence>
                      </xs:complexType>
                    </xs:element>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:choice>
          </xs:group>

          <!-- What was repaired or guessed; the message is the element's text. -->
          <xs:complexType name="diagnostics">
            <xs:sequence>
              <xs:element name="diagnostic" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="severity" use="required">
                        <xs:simpleType>
                          <xs:restriction base="xs:string">
                            <xs:enumeration value="note"/>
                            <xs:enumeration value="warning"/>
                          </xs:restriction>
                        </xs:simpleType>
                      </xs:attribute>
                      <xs:attribute name="code" type="xs:string" use="required"/>
                      <xs:attributeGroup ref="b:optionalLocation"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:schema>

        """#
}
