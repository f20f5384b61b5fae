// Exported PNGs are written by our own encoder (for speed), so every image
// kind and every text must come back exactly as Qt's reader and our chunk
// reader see them.

#include "export/PngEncoder.h"
#include "io/PngTextReader.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

QImage gradient(QSize size, QImage::Format format)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 13) % 256, (x + y) % 256, (x * 3 + y) % 256));
    }
    return image;
}

// Noise does not compress: the data spans several IDAT chunks.
QImage noise(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    return image;
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void pixelsComeBack_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<bool>("alpha");

        QImage white(1, 1, QImage::Format_RGB32);
        white.fill(Qt::white);
        QTest::newRow("one white pixel") << white << false;
        QTest::newRow("odd size, opaque") << gradient({37, 13}, QImage::Format_RGB32) << false;
        QTest::newRow("straight alpha") << gradient({64, 20}, QImage::Format_ARGB32) << true;
        QTest::newRow("premultiplied alpha") << gradient({50, 31}, QImage::Format_ARGB32_Premultiplied) << true;
        QImage clear(9, 9, QImage::Format_ARGB32_Premultiplied);
        clear.fill(Qt::transparent);
        QTest::newRow("fully transparent") << clear << true;
        QTest::newRow("24-bit source") << gradient({21, 8}, QImage::Format_RGB888) << false;
        QTest::newRow("several IDAT chunks") << noise({640, 480}) << false;
    }

    void pixelsComeBack()
    {
        QFETCH(QImage, image);
        QFETCH(bool, alpha);
        const QByteArray png = PngEncoder::encode(image, {});
        QVERIFY(PngTextReader::isPng(png));
        const QImage read = QImage::fromData(png, "png");
        QVERIFY(!read.isNull());
        QCOMPARE(read.size(), image.size());
        QCOMPARE(read.hasAlphaChannel(), alpha);
        const QImage::Format common = alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
        QCOMPARE(read.convertToFormat(common), image.convertToFormat(common));
    }

    void textsComeBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("compressed");

        QTest::newRow("ascii") << u"Secured and monitored"_s << false;
        QTest::newRow("ascii, compressed") << u"{\"format\": \"infralab-topology\"}"_s << true;
        QTest::newRow("latin-1") << u"Pare-feu, répartiteur de charge"_s << false;
        QTest::newRow("latin-1, compressed") << u"Données chiffrées"_s.repeated(100) << true;
        QTest::newRow("beyond latin-1") << u"负载均衡器 → 服务器"_s << false;
        QTest::newRow("beyond latin-1, compressed") << u"防火墙 ✓ 🔒"_s.repeated(50) << true;
        QTest::newRow("empty") << QString() << true;
    }

    void textsComeBack()
    {
        QFETCH(QString, text);
        QFETCH(bool, compressed);
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const QByteArray png = PngEncoder::encode(image, {{u"Title"_s, u"A diagram"_s}, {u"design"_s, text, compressed}});
        const QImage read = QImage::fromData(png, "png");
        QVERIFY(!read.isNull());
        QCOMPARE(read.text(u"Title"_s), u"A diagram"_s);
        QCOMPARE(read.text(u"design"_s), text);
        // Our own reader walks the chunks and checks every CRC.
        const EmbeddedText found = PngTextReader::read(png, QLatin1StringView("design"));
        QCOMPARE(found.outcome, EmbeddedText::Outcome::Found);
        QCOMPARE(QString::fromUtf8(found.json), text);
    }

    void nullImageGivesNothing()
    {
        QVERIFY(PngEncoder::encode(QImage(), {{u"Title"_s, u"x"_s}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
