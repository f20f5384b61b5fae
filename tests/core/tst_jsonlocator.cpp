// QJsonDocument keeps no positions: error messages find a value's line by
// scanning the text again. These documents put every value on its own line.

#include "io/JsonLocator.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(infralab::JsonPath)

namespace infralab {

class TestJsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void lineOfJsonPath_data();
    void lineOfJsonPath();
    void lineOfOffset_data();
    void lineOfOffset();
    // Last: until the locator skips a byte order mark and checks its stack,
    // these abort the run.
    void lineOfJsonPathAfterByteOrderMark();
    void survivesMalformedText_data();
    void survivesMalformedText();
};

namespace {

const QByteArray kDesign = R"({
  "format": "infralab-topology",
  "nodes": [
    {
      "id": "user",
      "kind": "client"
    },
    {
      "id": "lb",
      "props": {
        "rules": [
          {"port": 443},
          {
            "port": 80
          }
        ]
      }
    }
  ],
  "links": []
})";

} // namespace

void TestJsonLocator::lineOfJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonPath>("path");
    QTest::addColumn<int>("line");

    QTest::newRow("the document itself") << kDesign << JsonPath{} << 1;
    QTest::newRow("top-level key") << kDesign << JsonPath{u"format"_s} << 2;
    QTest::newRow("top-level array") << kDesign << JsonPath{u"nodes"_s} << 3;
    QTest::newRow("first array element") << kDesign << JsonPath{u"nodes"_s, 0} << 4;
    QTest::newRow("second array element") << kDesign << JsonPath{u"nodes"_s, 1} << 8;
    QTest::newRow("key in the first element") << kDesign << JsonPath{u"nodes"_s, 0, u"kind"_s} << 6;
    QTest::newRow("key in the second element") << kDesign << JsonPath{u"nodes"_s, 1, u"id"_s} << 9;
    QTest::newRow("four levels down") << kDesign << JsonPath{u"nodes"_s, 1, u"props"_s, u"rules"_s, 1, u"port"_s}
                                      << 14;
    QTest::newRow("key after closed nested arrays") << kDesign << JsonPath{u"links"_s} << 20;
    QTest::newRow("key after empty containers")
        << "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [[], {}],\n  \"d\": 4\n}"_ba << JsonPath{u"d"_s} << 5;

    QTest::newRow("array elements that are scalars") << "[\n  1,\n  \"two\",\n  true,\n  null,\n  -4.5e+3\n]"_ba
                                                     << JsonPath{4} << 6;
    QTest::newRow("element after nested arrays") << "[\n  [1, [2, 3]],\n  [],\n  {\"a\": [4]},\n  5\n]"_ba
                                                 << JsonPath{3} << 5;
    QTest::newRow("element of a nested array") << "[\n  [\n    1,\n    2\n  ]\n]"_ba << JsonPath{0, 1} << 4;

    QTest::newRow("key with an escaped quote") << "{\n  \"a\\\"b\": 1,\n  \"c\": 2\n}"_ba
                                               << JsonPath{u"a\"b"_s} << 2;
    QTest::newRow("key after a key with an escaped quote") << "{\n  \"a\\\"b\": 1,\n  \"c\": 2\n}"_ba
                                                           << JsonPath{u"c"_s} << 3;
    QTest::newRow("key ending in an escaped backslash") << "{\n  \"a\\\\\": 1,\n  \"b\": 2\n}"_ba
                                                        << JsonPath{u"b"_s} << 3;
    QTest::newRow("key written with \\u escapes") << "{\n  \"x\": 0,\n  \"\\u0041\\u00e9\": 1\n}"_ba
                                                  << JsonPath{u"Aé"_s} << 3;
    QTest::newRow("string holding brackets and commas")
        << "{\n  \"a\": \"[{,]}\",\n  \"b\": \"x, \\\"]\\\", y\",\n  \"c\": 3\n}"_ba << JsonPath{u"c"_s} << 4;
    QTest::newRow("array of strings holding commas") << "[\n  \"a,b\",\n  \",\",\n  \"c\"\n]"_ba
                                                     << JsonPath{2} << 4;
    QTest::newRow("same key deeper, then at this level")
        << "{\n  \"a\": {\n    \"id\": 1\n  },\n  \"id\": 2\n}"_ba << JsonPath{u"id"_s} << 5;
    QTest::newRow("Windows line endings") << "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}"_ba << JsonPath{u"b"_s} << 3;
    QTest::newRow("value on the line after its key") << "{\n  \"a\":\n    [1]\n}"_ba << JsonPath{u"a"_s} << 3;

    QTest::newRow("missing key") << kDesign << JsonPath{u"name"_s} << 0;
    QTest::newRow("index past the end") << kDesign << JsonPath{u"nodes"_s, 2} << 0;
    QTest::newRow("key of an array") << kDesign << JsonPath{u"nodes"_s, u"id"_s} << 0;
    QTest::newRow("index into an object") << kDesign << JsonPath{0} << 0;
    QTest::newRow("path through a string") << kDesign << JsonPath{u"format"_s, u"x"_s} << 0;
    QTest::newRow("empty document") << QByteArray() << JsonPath{u"a"_s} << 0;
}

void TestJsonLocator::lineOfJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonPath, path);
    QFETCH(int, line);

    QCOMPARE(infralab::lineOfJsonPath(json, path), line);
}

void TestJsonLocator::lineOfOffset_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");

    const QByteArray text = "ab\ncd\n\nef"_ba;
    QTest::newRow("start") << text << qsizetype(0) << 1;
    QTest::newRow("on the first newline") << text << qsizetype(2) << 1;
    QTest::newRow("just after the first newline") << text << qsizetype(3) << 2;
    QTest::newRow("empty third line") << text << qsizetype(6) << 3;
    QTest::newRow("end of the text") << text << text.size() << 4;
    QTest::newRow("past the end is clamped") << text << text.size() + 100 << 4;
    QTest::newRow("negative is clamped") << text << qsizetype(-5) << 1;
}

void TestJsonLocator::lineOfOffset()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);

    QCOMPARE(infralab::lineOfOffset(data, offset), line);
}

void TestJsonLocator::lineOfJsonPathAfterByteOrderMark()
{
    // QJsonDocument accepts a UTF-8 byte order mark (Windows editors write
    // one), so the locator meets it whenever such a file has an error.
    const QByteArray json = "\xEF\xBB\xBF{\n  \"a\": 1,\n  \"b\": 2\n}"_ba;
    QCOMPARE(infralab::lineOfJsonPath(json, {u"b"_s}), 3);
}

void TestJsonLocator::survivesMalformedText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonPath>("path");

    // The locator is a public function fed file bytes: whatever it is given,
    // it answers a line of the text or 0, and never reads outside its state.
    QTest::newRow("a comma before the first value") << ",\n\"a\": 1"_ba << JsonPath{u"a"_s};
    QTest::newRow("closing brackets first") << "]}\n,\"a\": 1"_ba << JsonPath{u"a"_s};
    QTest::newRow("an unterminated key") << "{\"a"_ba << JsonPath{u"a"_s};
    QTest::newRow("a lone backslash at the end") << "{\"a\\"_ba << JsonPath{u"b"_s};
    QTest::newRow("bytes that are not text") << "\xFF\xFE\x00{,\"\x01\": ["_ba << JsonPath{u"x"_s, 0};
}

void TestJsonLocator::survivesMalformedText()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonPath, path);

    const int line = infralab::lineOfJsonPath(json, path);
    QVERIFY(line >= 0);
    QVERIFY(line <= json.count('\n') + 1);
}

} // namespace infralab

QTEST_GUILESS_MAIN(infralab::TestJsonLocator)
#include "tst_jsonlocator.moc"
