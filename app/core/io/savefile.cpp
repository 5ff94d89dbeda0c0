// SPDX-License-Identifier: MIT
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace provena {

namespace {
/** The translation context of saveAtomically()'s messages. */
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};
} // namespace

Status saveAtomically(const QString &path, const QByteArray &data, const SaveOptions &options)
{
    if (options.keepBackup && QFileInfo::exists(path)) {
        // The backup is itself written atomically so a crash never leaves a torn "~" file.
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly))
            return Error {SaveFile::tr("Could not read the current file to keep a backup."),
                          current.errorString(), path};
        const QByteArray previous = current.readAll();
        current.close();
        QSaveFile backup(path + options.backupSuffix);
        if (!backup.open(QIODevice::WriteOnly) || backup.write(previous) != previous.size()
            || !backup.commit())
            return Error {SaveFile::tr("Could not write the backup copy."), backup.errorString(),
                          path + options.backupSuffix};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {SaveFile::tr("Could not open the file for writing."), file.errorString(),
                      path};
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error {SaveFile::tr("Could not write the file."), why, path};
    }
    if (!file.commit())
        return Error {SaveFile::tr("Could not finish saving the file."), file.errorString(), path};
    return Status::success();
}

} // namespace provena
