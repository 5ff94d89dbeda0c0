// SPDX-License-Identifier: MIT
#include "ui/dialogs/aboutdialog.h"

#include "bundle/zipwriter.h"
#include "media/imagedecoder.h"
#include "metadata/metadatareader.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

namespace provena {

AboutDialog::AboutDialog(QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Provena"));
    setTextFormat(Qt::RichText);
    setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    QString libraries;
    for (const QString &line : libraryVersions())
        libraries += line.toHtmlEscaped() + u"<br>"_s;
    setText(tr("<b>Provena</b> %1<br>Annotate news photos and their provenance.")
                .arg(QApplication::applicationVersion()));
    setInformativeText(tr("Libraries in use:<br>%1").arg(libraries));
    setStandardButtons(QMessageBox::Ok);
}

QStringList AboutDialog::libraryVersions()
{
    // qVersion() is the Qt loaded at run time; QT_VERSION_STR would be the headers'.
    return {u"Qt "_s + QString::fromLatin1(qVersion()), u"OpenCV "_s + openCvVersion(),
            u"Exiv2 "_s + exiv2Version(), u"libarchive "_s + libarchiveVersion()};
}

} // namespace provena
