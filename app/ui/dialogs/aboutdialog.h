// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace provena {

/**
 * Help › About Provena: the version, what Provena is for, and the versions of Qt, OpenCV,
 * Exiv2 and libarchive loaded at run time (not those compiled against), which is what a bug
 * report needs.
 */
class AboutDialog : public QMessageBox
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** "Qt 6.4.2, OpenCV 4.6.0, …" as lines "Name version", for the dialog and bug reports. */
    static QStringList libraryVersions();
};

} // namespace provena
