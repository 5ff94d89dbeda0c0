// SPDX-License-Identifier: MIT
#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the fetching tests (tests/session, tests/cli,
// tests/ui): each test starts its own and scripts what each path answers. No other network is
// used by any test. It answers one request per connection ("Connection: close").

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace provena::test {

/** What the server answers for one path. */
struct ScriptedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /** Transfer-Encoding: chunked (no Content-Length), in chunks of `chunkSize`. */
    bool chunked = false;
    int chunkSize = 4096;
    /** Content-Length sent when not chunked; -1: the body's size. */
    qint64 contentLength = -1;
    /** Wait this long before the status line. */
    int delayMs = 0;
    /** Close the connection after this many body bytes (-1: send it all). */
    qint64 closeAfter = -1;
    /** Send this many body bytes, then nothing more while keeping the connection open. */
    qint64 stallAfter = -1;
    /** Read the request and never answer. */
    bool neverAnswer = false;

    static ScriptedResponse redirect(int status, const QByteArray &location)
    {
        ScriptedResponse r;
        r.status = status;
        r.reason = "Moved";
        r.headers.append(qMakePair(QByteArray("Location"), location));
        return r;
    }
};

class LoopbackHttpServer : public QTcpServer
{
public:
    explicit LoopbackHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        listen(QHostAddress::LocalHost, 0);
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                accept(socket);
        });
    }

    void route(const QByteArray &path, const ScriptedResponse &response)
    {
        mRoutes.insert(path, response);
    }
    QUrl url(const QByteArray &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(serverPort())
                        .arg(QString::fromLatin1(path)));
    }
    /** Connections accepted so far. */
    int connectionCount() const { return mConnections; }
    /** The paths requested, in order. */
    const QList<QByteArray> &requests() const { return mRequests; }

private:
    void accept(QTcpSocket *socket)
    {
        ++mConnections;
        socket->setParent(this);
        // One request per connection: what arrives after its blank line is ignored.
        struct Request
        {
            QByteArray bytes;
            bool answered = false;
        };
        auto request = std::make_shared<Request>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            if (request->answered) {
                socket->readAll();
                return;
            }
            request->bytes.append(socket->readAll());
            if (!request->bytes.contains("\r\n\r\n"))
                return;
            request->answered = true;
            const QByteArray line = request->bytes.left(request->bytes.indexOf("\r\n"));
            const QByteArray path = line.split(' ').value(1);
            mRequests.append(path);
            respond(socket, path);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        ScriptedResponse r = mRoutes.value(path, notFound());
        if (r.neverAnswer)
            return;
        QPointer<QTcpSocket> guard(socket);
        const auto send = [this, guard, r] {
            if (guard)
                sendResponse(guard, r);
        };
        if (r.delayMs > 0)
            QTimer::singleShot(r.delayMs, this, send);
        else
            send();
    }

    static ScriptedResponse notFound()
    {
        ScriptedResponse r;
        r.status = 404;
        r.reason = "Not Found";
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
        r.body = "<!DOCTYPE html><html><body>not here</body></html>";
        return r;
    }

    static void sendResponse(QTcpSocket *socket, const ScriptedResponse &r)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        if (r.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: "
                + QByteArray::number(r.contentLength >= 0 ? r.contentLength : r.body.size())
                + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        QByteArray body = r.body;
        const qint64 limit = r.stallAfter >= 0 ? r.stallAfter : r.closeAfter;
        if (limit >= 0)
            body = body.left(limit);
        if (r.chunked) {
            for (qsizetype at = 0; at < body.size(); at += r.chunkSize) {
                const QByteArray chunk = body.mid(at, r.chunkSize);
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            }
            if (limit < 0)
                socket->write("0\r\n\r\n");
        } else {
            socket->write(body);
        }
        if (r.stallAfter >= 0)
            return; // keep the connection open, send nothing more
        socket->disconnectFromHost();
    }

    QHash<QByteArray, ScriptedResponse> mRoutes;
    QList<QByteArray> mRequests;
    int mConnections = 0;
};

} // namespace provena::test
