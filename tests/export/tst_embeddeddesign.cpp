// Exported pictures carry their design: the PNG and SVG readers meet hostile
// bytes (cut files, bad checksums, zip bombs, broken XML) and either find
// the design, find none, or say what is damaged. Never a crash or a hang.

#include "io/EmbeddedDesign.h"
#include "io/EmbeddedDesignReader.h"
#include "io/PngTextReader.h"
#include "io/SvgMetadataReader.h"
#include "io/TopologyWriter.h"
#include "presets/Presets.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace infralab {

class TestEmbeddedDesign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngTextChunks_data();
    void pngTextChunks();
    void svgMetadata_data();
    void svgMetadata();
    void loadSourceOpensPictures_data();
    void loadSourceOpensPictures();
    void designFilesStillLoad();

private:
    QTemporaryDir m_dir;
};

namespace {

using Outcome = EmbeddedText::Outcome;

// CRC-32 as PNG defines it (ISO 3309), bit by bit: slow and obviously right.
quint32 pngCrc(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char(value >> (24 - 8 * i));
    return bytes;
}

QByteArray chunk(QByteArrayView type, QByteArrayView data, bool goodCrc = true)
{
    const QByteArray typeAndData = type.toByteArray() + data.toByteArray();
    return bigEndian(quint32(data.size())) + typeAndData + bigEndian(pngCrc(typeAndData) ^ (goodCrc ? 0 : 1));
}

const QByteArray kSignature("\x89PNG\r\n\x1a\n", 8);

// A PNG's chunk list around `chunks`: only the chunk walk is under test, so
// the header's content does not matter.
QByteArray png(const QByteArray &chunks, bool withEnd = true)
{
    return kSignature + chunk("IHDR", QByteArray(13, '\1')) + chunks + (withEnd ? chunk("IEND", {}) : QByteArray());
}

QByteArray zlib(const QByteArray &data)
{
    return qCompress(data).mid(4); // qCompress puts the length first
}

const QByteArray kKey = QByteArray(EmbeddedDesign::kPngKeyword.data(), EmbeddedDesign::kPngKeyword.size());
const QByteArray kJson = R"({"format": "infralab-topology", "name": "<b>Tom & Jerry</b>"})";

QByteArray textChunk(const QByteArray &text)
{
    return chunk("tEXt", kKey + '\0' + text);
}

QByteArray svgWith(const QString &inside)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:i=\"urn:x-infralab:topology\" viewBox=\"0 0 10 10\">"_s
        + inside + u"<rect width=\"10\" height=\"10\"/></svg>"_s)
        .toUtf8();
}

} // namespace

void TestEmbeddedDesign::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestEmbeddedDesign::pngTextChunks_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const QByteArray utf8 = u"{\"name\": \"Z\u00fcrich \u2014 \u2713\"}"_s.toUtf8();
    QTest::newRow("tEXt with our keyword") << png(textChunk(kJson)) << Outcome::Found << kJson << QString();
    QTest::newRow("tEXt is Latin-1 and comes back as UTF-8")
        << png(textChunk("caf\xe9")) << Outcome::Found << u"caf\u00e9"_s.toUtf8() << QString();
    QTest::newRow("zTXt is inflated") << png(chunk("zTXt", kKey + '\0' + '\0' + zlib(kJson))) << Outcome::Found << kJson
                                      << QString();
    QTest::newRow("iTXt uncompressed keeps UTF-8")
        << png(chunk("iTXt", kKey + '\0' + '\0' + '\0' + "en" + '\0' + '\0' + utf8)) << Outcome::Found << utf8
        << QString();
    QTest::newRow("iTXt compressed is inflated")
        << png(chunk("iTXt", kKey + '\0' + '\1' + '\0' + '\0' + '\0' + zlib(utf8))) << Outcome::Found << utf8
        << QString();
    QTest::newRow("found after other chunks")
        << png(chunk("tEXt", "Title\0x") + chunk("pHYs", QByteArray(9, '\0')) + textChunk(kJson)) << Outcome::Found
        << kJson << QString();
    QTest::newRow("found in a file cut after it")
        << png(textChunk(kJson), false) + "\0\0" << Outcome::Found << kJson << QString();

    QTest::newRow("a picture with no text is not ours") << png({}) << Outcome::Absent << QByteArray() << QString();
    QTest::newRow("another keyword is not ours")
        << png(chunk("tEXt", "Comment\0" + kJson)) << Outcome::Absent << QByteArray() << QString();
    QTest::newRow("a longer keyword is not ours")
        << png(chunk("tEXt", kKey + "-old" + '\0' + kJson)) << Outcome::Absent << QByteArray() << QString();
    QTest::newRow("a chunk with no keyword end is skipped")
        << png(chunk("tEXt", kKey)) << Outcome::Absent << QByteArray() << QString();

    QTest::newRow("not a PNG at all") << QByteArray("GIF89a") << Outcome::Damaged << QByteArray() << u"not a PNG"_s;
    QTest::newRow("bad checksum") << png(chunk("tEXt", kKey + '\0' + kJson, false)) << Outcome::Damaged << QByteArray()
                                  << u"checksum"_s;
    QTest::newRow("a chunk longer than the file")
        << png({}).left(33) + bigEndian(5000) + "tEXt" + kKey << Outcome::Damaged << QByteArray() << u"cut short"_s;
    QTest::newRow("a length over 2^31") << png({}).left(33) + bigEndian(0xFFFFFFFFu) + "tEXt" + QByteArray(64, 'x')
                                        << Outcome::Damaged << QByteArray() << u"cut short"_s;
    QTest::newRow("cut inside a chunk header")
        << png({}).left(33) + "\0\0" << Outcome::Damaged << QByteArray() << u"cut short"_s;
    QTest::newRow("no end chunk and no design") << png({}, false) << Outcome::Damaged << QByteArray() << u"cut short"_s;
    QTest::newRow("zTXt with an unknown compression method")
        << png(chunk("zTXt", kKey + '\0' + '\7' + zlib(kJson))) << Outcome::Damaged << QByteArray()
        << u"compression method"_s;
    QTest::newRow("zTXt with a corrupt stream") << png(chunk("zTXt", kKey + '\0' + '\0' + "not zlib at all"))
                                                << Outcome::Damaged << QByteArray() << u"corrupt"_s;
    QTest::newRow("zTXt stream cut short") << png(chunk("zTXt", kKey + '\0' + '\0' + zlib(kJson).left(10)))
                                           << Outcome::Damaged << QByteArray() << u"cut short"_s;
    QTest::newRow("iTXt without its language fields")
        << png(chunk("iTXt", kKey + '\0' + '\0' + '\0' + "en")) << Outcome::Damaged << QByteArray() << u"cut short"_s;
    // 65 MB of zeros is 64 KB compressed: inflating must stop at the cap.
    QTest::newRow("a zip bomb stops at the cap")
        << png(chunk("zTXt", kKey + '\0' + '\0' + zlib(QByteArray(PngTextReader::kMaxTextBytes + 1024 * 1024, ' '))))
        << Outcome::Damaged << QByteArray() << u"too large"_s;
}

void TestEmbeddedDesign::pngTextChunks()
{
    QFETCH(QByteArray, file);
    QFETCH(Outcome, outcome);
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);

    const EmbeddedText text = PngTextReader::read(file, EmbeddedDesign::kPngKeyword);
    QCOMPARE(text.outcome, outcome);
    QCOMPARE(text.json, json);
    QVERIFY2(text.problem.contains(problem), qPrintable(text.problem));
    QVERIFY(!text.problem.contains(u'\n'));
}

void TestEmbeddedDesign::svgMetadata_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("metadata element with escaped JSON")
        << svgWith(
               u"<metadata><i:topology>{\"name\": \"&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;\"}</i:topology></metadata>"_s)
        << Outcome::Found << QByteArray(R"({"name": "<b>Tom & Jerry</b>"})");
    QTest::newRow("JSON in CDATA") << svgWith(
        u"<metadata><i:topology><![CDATA[{\"a\": \"<&>\"}]]></i:topology></metadata>"_s)
                                   << Outcome::Found << QByteArray(R"({"a": "<&>"})");
    QTest::newRow("any prefix for our namespace")
        << svgWith(u"<metadata><x:topology xmlns:x=\"urn:x-infralab:topology\">{}</x:topology></metadata>"_s)
        << Outcome::Found << QByteArray("{}");
    QTest::newRow("file cut after the metadata")
        << svgWith(u"<metadata><i:topology>{}</i:topology></metadata><g><rect"_s).left(260) << Outcome::Found
        << QByteArray("{}");
    QTest::newRow("an SVG without our metadata")
        << svgWith(u"<metadata><rdf/></metadata>"_s) << Outcome::Absent << QByteArray();
    QTest::newRow("our element name in another namespace")
        << svgWith(u"<metadata><topology>{}</topology></metadata>"_s) << Outcome::Absent << QByteArray();
    QTest::newRow("an XML file that is not an SVG")
        << QByteArray("<html><i:topology xmlns:i=\"urn:x-infralab:topology\">{}</i:topology></html>") << Outcome::Absent
        << QByteArray();
    QTest::newRow("broken XML before the metadata")
        << QByteArray("<svg><g></svg><metadata/>") << Outcome::Damaged << QByteArray();
    // Found by fuzz_embedded_design: Qt quotes the encoding name in its message.
    QTest::newRow("an encoding name with line breaks")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UT\nF\n8\"?><svg/>") << Outcome::Damaged << QByteArray();
    QTest::newRow("markup inside our element")
        << svgWith(u"<metadata><i:topology>{<b/>}</i:topology></metadata>"_s) << Outcome::Damaged << QByteArray();
    QTest::newRow("entity expansion bomb")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                      "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                      "<svg xmlns:i=\"urn:x-infralab:topology\"><i:topology>&g;</i:topology></svg>")
        << Outcome::Damaged << QByteArray();
}

void TestEmbeddedDesign::svgMetadata()
{
    QFETCH(QByteArray, file);
    QFETCH(Outcome, outcome);
    QFETCH(QByteArray, json);

    QVERIFY(SvgMetadataReader::looksLikeXml(file));
    const EmbeddedText text = SvgMetadataReader::read(file);
    QCOMPARE(text.outcome, outcome);
    QCOMPARE(text.json, json);
    QVERIFY(!text.problem.contains(u'\n'));
}

void TestEmbeddedDesign::loadSourceOpensPictures_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // empty: loads as the default preset

    const QByteArray design = TopologyWriter::toJson(loadPreset(defaultPresetName()).topology);
    QTest::newRow("a PNG carrying the default preset")
        << u"design.png"_s << png(chunk("zTXt", kKey + '\0' + '\0' + zlib(design))) << QString();
    QTest::newRow("an SVG carrying the default preset")
        << u"design.svg"_s
        << svgWith(
               u"<metadata><i:topology>"_s + QString::fromUtf8(design).toHtmlEscaped() + u"</i:topology></metadata>"_s)
        << QString();
    QTest::newRow("any PNG says it has no design inside")
        << u"photo.png"_s << png({}) << u"photo.png: no Infralab design inside: it was not exported by Infralab"_s;
    QTest::newRow("any SVG says it has no design inside")
        << u"logo.svg"_s << svgWith({}) << u"logo.svg: no Infralab design inside: it was not exported by Infralab"_s;
    QTest::newRow("a damaged PNG says what is wrong")
        << u"cut.png"_s << png(chunk("tEXt", kKey + '\0' + kJson, false))
        << u"cut.png: the design inside cannot be read: the design's text chunk fails its checksum"_s;
    QTest::newRow("a bad design inside names the file and the line inside")
        << u"bad.svg"_s
        << svgWith(
               u"<metadata><i:topology>{\"format\": \"infralab-topology\",\n\"version\": 1,\n\"nodes\": 3\n}</i:topology></metadata>"_s)
        << u"bad.svg: line 3 of the design inside: "_s;
    QTest::newRow("a PDF says which exports reopen")
        << u"design.pdf"_s << QByteArray("%PDF-1.4\n%\xe2\xe3\n")
        << u"design.pdf: a PDF does not reopen as a design: export to PNG or SVG for that"_s;
}

void TestEmbeddedDesign::loadSourceOpensPictures()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const LoadResult result = loadSource(path);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.topology, loadPreset(defaultPresetName()).topology);
        return;
    }
    QVERIFY(!result.ok());
    const QString message = result.error->toString();
    QVERIFY2(message.startsWith(m_dir.filePath(error)), qPrintable(message));
}

void TestEmbeddedDesign::designFilesStillLoad()
{
    // A design file with blank lines before its '{' is JSON, not a picture.
    const QString path = m_dir.filePath(u"plain.infralab.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\n\n  " + TopologyWriter::toJson(loadPreset(u"distributed"_s).topology));
    file.close();
    const LoadResult result = loadSource(path);
    QVERIFY(result.ok());
    QCOMPARE(result.topology, loadPreset(u"distributed"_s).topology);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestEmbeddedDesign)
#include "tst_embeddeddesign.moc"
