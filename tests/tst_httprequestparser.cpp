// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "listener/httprequestparser.h"

#include <QTest>

using namespace CallScope;
using Status = HttpRequestParser::Status;

namespace {

// Feeds all bytes at once, or one byte at a time, and returns the final status.
Status feedAll(HttpRequestParser &parser, const QByteArray &bytes, bool byteByByte, QByteArray *rest = nullptr)
{
    QByteArray buffer;
    Status status = Status::NeedMore;
    const qsizetype step = byteByByte ? 1 : bytes.size();
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        buffer.append(bytes.mid(i, step));
        do {
            status = parser.feed(buffer);
        } while (status == Status::HeadComplete);
        if (status == Status::Complete || status == Status::Failed)
            break;
    }
    if (rest)
        *rest = buffer;
    return status;
}

} // namespace

class TstHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status"); // 0 = a complete request
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("path");

        const auto ok = [](const char *name, const QByteArray &bytes, const QByteArray &body, const QByteArray &path = "/") {
            QTest::newRow(name) << bytes << 0 << body << path;
        };
        const auto bad = [](const char *name, const QByteArray &bytes, int status) {
            QTest::newRow(name) << bytes << status << QByteArray() << QByteArray();
        };
        ok("content-length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", "hello");
        ok("no body", "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", "", "/healthz");
        ok("query is not routed on", "POST /hooks/call?token=1&x=2 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", "{}", "/hooks/call");
        ok("bare LF line ends", "POST / HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}", "{}");
        ok("leading empty line", "\r\nPOST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("HTTP/1.0", "POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("HTTP/1.9 as 1.1", "POST / HTTP/1.9\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("chunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n", "hello world");
        ok("chunked with trailers", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Sum: 1\r\n\r\n", "{}");
        ok("chunked with LF only", "POST / HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n2\n{}\n0\n\n", "{}");
        ok("repeated identical lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("header value with spaces trimmed", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length:   2  \r\n\r\n{}", "{}");
        bad("length and transfer-encoding", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 400);
        bad("two different lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x", 400);
        bad("two lengths in one header", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 3\r\n\r\n{}x", 400);
        bad("non-numeric length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: two\r\n\r\n{}", 400);
        bad("negative length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -2\r\n\r\n{}", 400);
        bad("plus-signed length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\n{}", 400);
        bad("folded header", "POST / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("NUL in a header", QByteArray("POST / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\nContent-Length: 2\r\n\r\n{}", 59), 400);
        bad("bare CR in a header", "POST / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("header without colon", "POST / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400);
        bad("space before colon", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length : 2\r\n\r\n{}", 400);
        bad("gzip transfer coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501);
        bad("gzip then chunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501);
        bad("HTTP/2.0", "POST / HTTP/2.0\r\n\r\n", 505);
        // RFC 9112 section 3.2: a path, and for HTTP/1.1 exactly one valid Host.
        bad("no Host", "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("two Hosts", "POST / HTTP/1.1\r\nHost: a\r\nHost: b\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("invalid Host", "POST / HTTP/1.1\r\nHost: 127>0.0.1\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("Host with a path", "POST / HTTP/1.1\r\nHost: a/b\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("Host with a bad port", "POST / HTTP/1.1\r\nHost: a:80x\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("target not a path", "POST fuzz HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("absolute-form", "POST http://x/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 400);
        bad("asterisk-form", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        bad("non-ASCII in the target", "POST /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 400);
        ok("HTTP/1.0 without Host", "POST /a HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}", "{}", "/a");
        ok("empty Host", "POST / HTTP/1.1\r\nHost:\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("Host with a port", "POST / HTTP/1.1\r\nhost: 127.0.0.1:8787\r\nContent-Length: 2\r\n\r\n{}", "{}");
        ok("IPv6 Host", "POST / HTTP/1.1\r\nHost: [::1]:8787\r\nContent-Length: 2\r\n\r\n{}", "{}");
        bad("garbage request line", "HELLO\r\n\r\n", 400);
        bad("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400);
        bad("chunk without line end", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX", 400);
        bad("header block over 16 KiB", "POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n", 431);
        // The limit exactly (head and its last line end: 16,384 bytes), fed whole and a byte at a time alike.
        const QByteArray start = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nX-Pad: ";
        const QByteArray atLimit = start + QByteArray(16 * 1024 - start.size() - 2, 'p') + "\r\n";
        ok("header block of exactly 16 KiB", atLimit + "\r\n{}", "{}");
        ok("header block of exactly 16 KiB, LF", atLimit.chopped(2) + "\n\n{}", "{}");
        bad("header block one byte over 16 KiB", start + QByteArray(16 * 1024 - start.size() - 1, 'p') + "\r\n\r\n{}", 431);
        bad("header block never ending", "POST / HTTP/1.1\r\nHost: x\r\n" + QByteArray(17 * 1024, 'a'), 431);
        bad("declared body over the limit", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413);
        bad("chunked body over the limit", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n", 413);
    }

    void framing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, path);
        for (const bool byteByByte : {false, true}) {
            HttpRequestParser parser;
            const Status result = feedAll(parser, bytes, byteByByte);
            if (status == 0) {
                QCOMPARE(result, Status::Complete);
                QCOMPARE(parser.request().body, body);
                QCOMPARE(parser.request().path, path);
            } else {
                QCOMPARE(result, Status::Failed);
                QCOMPARE(parser.errorStatus(), status);
                QVERIFY(!parser.errorReason().isEmpty());
            }
        }
    }

    void pipelinedRequestsStayInTheBuffer()
    {
        HttpRequestParser parser;
        QByteArray rest;
        const QByteArray two = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nAPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nB";
        QCOMPARE(feedAll(parser, two, false, &rest), Status::Complete);
        QCOMPARE(parser.request().body, QByteArray("A"));
        parser.reset();
        QCOMPARE(feedAll(parser, rest, false), Status::Complete);
        QCOMPARE(parser.request().path, QByteArray("/b"));
    }

    void connectionSemantics()
    {
        HttpRequestParser parser;
        QCOMPARE(feedAll(parser, "POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n", false), Status::Complete);
        QVERIFY(!parser.request().keepAlive());
        parser.reset();
        QCOMPARE(feedAll(parser, "POST / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n\r\n", false), Status::Complete);
        QVERIFY(!parser.request().keepAlive());
        parser.reset();
        QCOMPARE(feedAll(parser, "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n", false), Status::Complete);
        QVERIFY(parser.request().keepAlive());
        QVERIFY(parser.request().expectsContinue());
        QCOMPARE(parser.request().header("EXPECT"), QByteArray("100-continue"));
    }

    void headCompleteComesBeforeTheBody()
    {
        HttpRequestParser parser;
        QByteArray buffer = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
        QCOMPARE(parser.feed(buffer), Status::HeadComplete);
        QCOMPARE(parser.feed(buffer), Status::NeedMore);
        QVERIFY(parser.isReadingBody());
        buffer = "{}";
        QCOMPARE(parser.feed(buffer), Status::Complete);
    }
};

QTEST_APPLESS_MAIN(TstHttpRequestParser)
#include "tst_httprequestparser.moc"
