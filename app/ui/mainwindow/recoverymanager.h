// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace provena {

/**
 * Autosave for crash recovery. While an article with unsaved changes is open, writes a copy of
 * what its sidecar would contain to
 * QStandardPaths::AppDataLocation/recovery/<SHA-1 of the article's absolute path>.provena.jsonld
 * every intervalSeconds() (atomically). The real sidecar is never touched. The file is deleted
 * when the work is saved or deliberately discarded, so one left behind means a crash.
 */
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    using Producer = std::function<QByteArray()>;
    static constexpr int kDefaultIntervalSeconds = 60;

    explicit RecoveryManager(QObject *parent = nullptr);

    static QString recoveryDirectory();
    static QString recoveryPathFor(const QString &articlePath);
    static bool hasRecovery(const QString &articlePath);
    [[nodiscard]] static Result<QByteArray> readRecovery(const QString &articlePath);

    /** Seconds between autosaves; 0 turns autosave off. */
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return mIntervalSeconds; }

    /** Starts watching an open article. `producer` gives the sidecar content to keep. */
    void start(const QString &articlePath, Producer producer, std::function<bool()> isModified);
    void stop();
    QString articlePath() const { return mArticlePath; }

    /**
     * Writes the recovery file now if there are unsaved changes, or deletes it when there are
     * none any more (what the timer does).
     */
    Status writeNow();
    /** Deletes the recovery file of the current article (after a save or a discard). */
    void discard();

Q_SIGNALS:
    void written(const QString &path);
    void failed(const Error &error);

private:
    QTimer mTimer;
    int mIntervalSeconds = kDefaultIntervalSeconds;
    QString mArticlePath;
    Producer mProducer;
    std::function<bool()> mIsModified;
};

} // namespace provena
