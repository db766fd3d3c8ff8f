// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// (No raw string literals here: moc of Qt 6.4 loses the class after one holding \".)
#include "domain/strictjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace CallScope;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(CALLSCOPE_TEST_DATA "/samples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TstStrictJson : public QObject
{
    Q_OBJECT
private slots:
    // What RFC 8259 allows, including what it allows and a reader might not expect.
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("the spec's full body") << sample("00-full-body.json");
        QTest::newRow("every sample") << "[" + sample("01-minimal.json") + "," + sample("05-bankruptcy-strings.json") + "]";
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array with spaces") << QByteArray(" \t\r\n[ ]\n");
        QTest::newRow("a number alone") << QByteArray("-0.5e+10");
        QTest::newRow("a string alone") << QByteArray("\"x\"");
        QTest::newRow("the three words") << QByteArray("[true,false,null]");
        QTest::newRow("zero, minus zero, exponents") << QByteArray("[0,-0,1E5,1e-5,0.25,10]");
        QTest::newRow("an integer beyond 64 bits") << QByteArray("{\"n\":123456789012345678901234567890}");
        QTest::newRow("a number beyond a double (RFC 8259, 9: the reader's limit)") << QByteArray("{\"n\":1e400}");
        QTest::newRow("every escape") << QByteArray("{\"s\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"}");
        QTest::newRow("a lone high surrogate escape (RFC 8259, 8.2)") << QByteArray("{\"s\":\"\\ud800\"}");
        QTest::newRow("a lone low surrogate escape") << QByteArray("{\"s\":\"x\\uDC00y\"}");
        QTest::newRow("duplicate names (RFC 8259, 4)") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("DEL is not a control character for JSON") << QByteArray("{\"s\":\"a\x7f" "b\"}");
        QTest::newRow("two-, three- and four-byte UTF-8") << QByteArray("{\"s\":\"\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}");
        QTest::newRow("U+FFFF and U+10FFFF (noncharacters are still text)") << QByteArray("[\"\xef\xbf\xbf\",\"\xf4\x8f\xbf\xbf\"]");
        QTest::newRow("U+D7FF and U+E000, either side of the surrogates") << QByteArray("\"\xed\x9f\xbf\xee\x80\x80\"");
        QTest::newRow("1024 levels") << nested(StrictJson::MaxDepth);
        QTest::newRow("long plain strings") << "[\"" + QByteArray(1000, 'a') + "\",\"" + QByteArray(7, 'b') + "\"]";
    }

    void accepts()
    {
        QFETCH(QByteArray, text);
        const auto error = StrictJson::check(text);
        QVERIFY2(!error, error ? qPrintable(QStringLiteral("%1 at %2").arg(error->reason).arg(error->offset)) : "");
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("reason"); // the start of the reason

        const auto row = [](const char *name, const QByteArray &text, qsizetype offset, const char *reason) {
            QTest::newRow(name) << text << offset << QString::fromUtf8(reason);
        };
        row("raw line feed in a string", "{\"a\":\"x\ny\"}", 7, "a raw control character (0x0A) inside a string");
        row("raw tab in a string", "{\"a\":\"x\ty\"}", 7, "a raw control character (0x09) inside a string");
        row("raw NUL in a string", QByteArray("{\"a\":\"x\0y\"}", 10), 7, "a raw control character (0x00) inside a string");
        row("raw 0x1F in a name", "{\"a\x1f\":1}", 3, "a raw control character (0x1F) inside a string");
        row("raw carriage return after a long run", "[\"" + QByteArray(40, 'a') + "\r\"]", 42, "a raw control character (0x0D)");
        row("0xFF", "{\"a\":\"\xff\xfe\"}", 6, "bytes that are not UTF-8 (0xFF never occurs in UTF-8)");
        row("0xF5", "\"\xf5\x80\x80\x80\"", 1, "bytes that are not UTF-8 (0xF5 never occurs");
        row("a lone continuation byte", "\"ab\x80\"", 3, "bytes that are not UTF-8 (a continuation byte without a lead byte)");
        row("overlong two bytes", "\"\xc0\xaf\"", 1, "bytes that are not UTF-8 (an overlong encoding)");
        row("overlong three bytes", "\"\xe0\x80\xaf\"", 1, "bytes that are not UTF-8 (an overlong encoding)");
        row("overlong four bytes", "\"\xf0\x80\x80\xaf\"", 1, "bytes that are not UTF-8 (an overlong encoding)");
        row("a surrogate encoded as UTF-8", "\"\xed\xa0\x80\"", 1, "bytes that are not UTF-8 (a UTF-16 surrogate encoded as UTF-8)");
        row("above U+10FFFF", "\"\xf4\x90\x80\x80\"", 1, "bytes that are not UTF-8 (a code point above U+10FFFF)");
        row("a sequence cut short by a quote", "{\"a\":\"\xe2\x82\"}", 6, "bytes that are not UTF-8 (a sequence cut short)");
        row("a sequence cut short by the end", "\"\xf0\x9f\x98", 1, "bytes that are not UTF-8 (a sequence cut short)");
        row("not UTF-8 after the value", "{\"a\":1}\xff", 7, "bytes that are not UTF-8");
        row("not UTF-8 where a name belongs", "{\xc3(:1}", 1, "bytes that are not UTF-8");
        row("a byte-order mark", "\xef\xbb\xbf{\"a\":1}", 0, "a byte-order mark");
        row("trailing garbage", "{\"a\":1}x", 7, "text after the end of the JSON value");
        row("a second value", "{\"a\":1} {}", 8, "text after the end of the JSON value");
        row("a trailing NUL", QByteArray("{\"a\":1}\0", 8), 7, "text after the end of the JSON value");
        row("NaN", "{\"a\":NaN}", 5, "an unknown word \"NaN\"");
        row("Infinity", "[Infinity]", 1, "an unknown word \"Infinity\"");
        row("-Infinity", "[-Infinity]", 1, "an unknown word \"-Infinity\"");
        row("True in capitals", "[True]", 1, "an unknown word \"True\"");
        row("a cut-off word", "{\"a\": tru}", 6, "an unknown word \"tru\"");
        row("a leading zero", "[01]", 1, "a number that JSON does not allow (\"01\")");
        row("a trailing point", "[1.]", 1, "a number that JSON does not allow (\"1.\")");
        row("a leading point", "[.5]", 1, "a number that JSON does not allow (\".5\")");
        row("a plus sign", "[+1]", 1, "a number that JSON does not allow (\"+1\")");
        row("an exponent without digits", "[1e+]", 1, "a number that JSON does not allow (\"1e+\")");
        row("a minus alone", "[-]", 1, "a number that JSON does not allow (\"-\")");
        row("hexadecimal", "[0x1F]", 1, "a number that JSON does not allow (\"0x1F\")");
        row("two points", "[1.2.3]", 1, "a number that JSON does not allow (\"1.2.3\")");
        row("an unknown escape", "[\"a\\x41\"]", 3, "an escape that JSON does not have (\"\\x\") inside a string");
        row("an escaped single quote", "[\"\\'\"]", 2, "an escape that JSON does not have (\"\\'\")");
        row("a short \\u", "[\"\\u12\"]", 2, "\"\\u\" without four hexadecimal digits after it");
        row("a \\u with a non-hex digit", "[\"\\u12G4\"]", 2, "\"\\u\" without four hexadecimal digits");
        row("a backslash before a control character", "[\"\\\n\"]", 2, "an escape that JSON does not have (a backslash before byte 0x0A)");
        row("a missing colon", "{\"a\" 1}", 5, "\"1\" where \":\" was expected");
        row("an unquoted name", "{a:1}", 1, "\"a\" where a name in quotes was expected");
        row("single quotes", "{'a':1}", 1, "\"'\" where a name in quotes was expected");
        row("a trailing comma in an object", "{\"a\":1,}", 7, "\"}\" where a name in quotes was expected");
        row("a trailing comma in an array", "[1,]", 3, "\"]\" where a value was expected");
        row("a missing comma", "[1 2]", 3, "\"2\" where \",\" or \"]\" was expected");
        row("a wrong closing bracket", "{\"a\":1]", 6, "\"]\" where \",\" or \"}\" was expected");
        row("a comment", "{\"a\":1/*x*/}", 6, "\"/\" where \",\" or \"}\" was expected");
        row("a vertical tab as space", "[1,\x0b" "2]", 3, "a control character (0x0B) where a value was expected");
        row("a form feed as space", "{\x0c}", 1, "a control character (0x0C) where a name in quotes was expected");
        row("a non-ASCII letter as a value", "[\xc3\xa9]", 1, "\"\xc3\xa9\" where a value was expected");
        row("nothing", "", 0, "the text ends before the JSON value is complete");
        row("spaces only", "  \n", 3, "the text ends before the JSON value is complete");
        row("cut after a colon", "{\"a\":", 5, "the text ends before the JSON value is complete");
        row("cut inside a string", "{\"a\":\"xyz", 9, "the text ends inside a string");
        row("cut inside an escape", "[\"\\", 3, "the text ends inside a string");
        row("1025 levels", nested(StrictJson::MaxDepth + 1), StrictJson::MaxDepth, "nesting deeper than 1024 levels");
        row("100000 open brackets", QByteArray(100000, '['), StrictJson::MaxDepth, "nesting deeper than 1024 levels");
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, offset);
        QFETCH(QString, reason);
        const auto error = StrictJson::check(text);
        QVERIFY(error);
        QVERIFY2(error->reason.startsWith(reason), qPrintable(error->reason));
        QCOMPARE(error->offset, offset);
    }

    // Whatever this accepts, QJsonDocument reads (numbers a double cannot hold aside): CallEventParser relies
    // on it. Thousands of corrupted samples, each byte of the edits chosen at random.
    void neverLaxerThanQJsonDocument()
    {
        QRandomGenerator rng(20261204);
        const QByteArray base = sample("05-bankruptcy-strings.json");
        int accepted = 0;
        for (int round = 0; round < 5000; ++round) {
            QByteArray text = base;
            const int edits = 1 + int(rng.bounded(3));
            for (int i = 0; i < edits; ++i)
                text[qsizetype(rng.bounded(quint32(text.size())))] = char(rng.bounded(256));
            if (StrictJson::check(text))
                continue;
            ++accepted;
            QJsonParseError error{};
            QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError || error.error == QJsonParseError::IllegalNumber,
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(text.toPercentEncoding()), error.errorString())));
        }
        QVERIFY(accepted > 100); // edits inside strings keep the text JSON: the check is exercised both ways
    }

    // The same verdict as a strict reader that is not ours, Python's json (UTF-8 decoded strictly, NaN and
    // Infinity refused), on bodies corrupted at random: bytes replaced, dropped and inserted.
    void agreesWithPythonsJson()
    {
        QRandomGenerator rng(20261201);
        static const char chars[] = "{}[]:,\"\\ \t\n\r0123456789.-+eEtrufalsnNIxu\x00\x01\x1f\x7f\x80\xbf\xc0\xc3\xa9\xe2\xed\xa0\xf0\xf4\x90\xff\xef\xbb";
        const QByteArray alphabet(chars, sizeof chars - 1);
        const QList<QByteArray> bases{sample("00-full-body.json"), sample("05-bankruptcy-strings.json"),
                                      "[1,-0.5e+3,\"\\u00e9\\ud800\",true,null,{\"a\":[]}]", "{\"\xc3\xa9\":\"\xf0\x9f\x98\x80\xc3\xbf\",\"n\":[0,1E5,12.5e-3]}"};
        QList<QByteArray> texts;
        QByteArray input;
        for (int round = 0; round < 4000; ++round) {
            QByteArray t = bases[qsizetype(rng.bounded(quint32(bases.size())))];
            for (int edits = 1 + int(rng.bounded(3)); edits > 0; --edits) {
                const qsizetype at = qsizetype(rng.bounded(quint32(t.size())));
                const char c = alphabet[qsizetype(rng.bounded(quint32(alphabet.size())))];
                const quint32 how = rng.bounded(3);
                if (how == 0)
                    t[at] = c;
                else if (how == 1)
                    t.remove(at, 1);
                else
                    t.insert(at, c);
            }
            texts.append(t);
            input += t.toBase64() + '\n';
        }
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import base64, json, sys\n"
            "def constant(name):\n"
            "    raise ValueError(name)\n"
            "def ok(b):\n"
            "    try:\n"
            "        json.loads(b.decode('utf-8'), parse_constant=constant)\n"
            "        return '1'\n"
            "    except ValueError:\n"
            "        return '0'\n"
            "print(''.join(ok(base64.b64decode(line)) for line in sys.stdin.read().split()))\n")});
        QVERIFY2(python.waitForStarted(15000), "python3 does not start (tools/deps.sh installs it)");
        python.write(input);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QByteArray verdicts = python.readAllStandardOutput().trimmed();
        QCOMPARE(verdicts.size(), texts.size());
        int accepted = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const bool ours = !StrictJson::check(texts[i]);
            accepted += ours;
            QVERIFY2(ours == (verdicts[i] == '1'), qPrintable(QString::fromLatin1(texts[i].toPercentEncoding())));
        }
        QVERIFY(accepted > 400 && accepted < 3600); // both verdicts well represented
    }
};

QTEST_APPLESS_MAIN(TstStrictJson)
#include "tst_strictjson.moc"
