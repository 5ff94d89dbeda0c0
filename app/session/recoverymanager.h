// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace provena {

class ArticleDocument;

/**
 * Autosave for crash recovery. While an article with unsaved changes is open, writes a copy of
 * what its sidecar would contain to
 * QStandardPaths::AppDataLocation/recovery/<SHA-1 of the article's absolute path>.provena.jsonld
 * every intervalSeconds() (atomically). The real sidecar is never touched. The file is deleted
 * when the work is saved or deliberately discarded, so one left behind means a crash.
 *
 * The timer's autosave only takes a snapshot on the owner's thread; serialising and writing
 * run on a worker, one at a time (a tick while one runs is skipped: the next tick catches up).
 */
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    /** Gives a snapshot of the open document (DocumentIO::snapshot()). */
    using Producer = std::function<std::shared_ptr<ArticleDocument>()>;
    static constexpr int kDefaultIntervalSeconds = 60;
    static constexpr int kMaxIntervalSeconds = 3600;
    /** The GUI's setting (an integer, seconds; 0 turns autosave off). */
    static constexpr const char *kIntervalSettingsKey = "autosaveSeconds";

    /** The setting kIntervalSettingsKey, else kDefaultIntervalSeconds; clamped to 0…max. */
    static int configuredIntervalSeconds();
    static void setConfiguredIntervalSeconds(int seconds);

    explicit RecoveryManager(QObject *parent = nullptr);
    /** Waits for an autosave still writing. */
    ~RecoveryManager() override;

    static QString recoveryDirectory();
    static QString recoveryPathFor(const QString &articlePath);
    static bool hasRecovery(const QString &articlePath);
    [[nodiscard]] static Result<QByteArray> readRecovery(const QString &articlePath);

    /** Seconds between autosaves; 0 turns autosave off. */
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return mIntervalSeconds; }

    /** Starts watching an open article. `producer` gives the content to keep. */
    void start(const QString &articlePath, Producer producer, std::function<bool()> isModified);
    void stop();
    QString articlePath() const { return mArticlePath; }

    /**
     * Writes the recovery file now, on this thread, if there are unsaved changes, or deletes it
     * when there are none any more.
     */
    Status writeNow();
    /**
     * What the timer does: as writeNow(), but only the snapshot is taken here; the file is
     * written on a worker and written() or failed() follows. Returns at once.
     */
    void writeInBackground();
    /** True while a background autosave runs. */
    bool isWriting() const { return mWriting.isRunning(); }
    /** Waits for a background autosave (and reports it). */
    void waitForWrite();
    /** Deletes the recovery file of the current article (after a save or a discard). */
    void discard();

Q_SIGNALS:
    void written(const QString &path);
    void failed(const provena::Error &error);

private:
    static Status writeSnapshot(const ArticleDocument &snapshot, const QString &path);
    void finishBackgroundWrite();

    QTimer mTimer;
    int mIntervalSeconds = kDefaultIntervalSeconds;
    QString mArticlePath;
    Producer mProducer;
    std::function<bool()> mIsModified;
    QFuture<Status> mWriting;
    std::shared_ptr<ArticleDocument> mWritingSnapshot; ///< released on this thread only
    QString mWritingPath;
};

} // namespace provena
