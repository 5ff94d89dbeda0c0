// SPDX-License-Identifier: MIT
#include "ui/dialogs/userguidewindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

// The guide's folder in the resources (app/ui/CMakeLists.txt) and the project's sources on the
// web: the docs beside the guide are not compiled in.
constexpr auto kResourceDocs = "/provena/docs/"_L1;
constexpr auto kProjectFiles = "https://github.com/provena/provena/blob/main/"_L1;

} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent)
    , mBrowser(new QTextBrowser)
    , mOpenUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"userGuideWindow"_s);
    setWindowTitle(tr("Provena User Guide"));
    mBrowser->setObjectName(u"userGuideText"_s);
    mBrowser->setAccessibleName(tr("User Guide"));
    // Links are followed here: anchors in place, everything else outside the window.
    mBrowser->setOpenLinks(false);
    // The guide is long: a scroll bar that came and went would change the width images fit.
    mBrowser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(mBrowser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::followLink);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser);
    layout->addWidget(buttons);
    resize(960, 820);

    mBrowser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    // Anchors and image widths are set on the document after loading; nothing to undo there.
    mBrowser->document()->setUndoRedoEnabled(false);
    addHeadingAnchors();
    mBrowser->viewport()->installEventFilter(this);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(u"qrc:"_s + kResourceDocs + u"user-guide.md"_s);
}

QUrl UserGuideWindow::externalUrl(const QUrl &link)
{
    if (!link.scheme().isEmpty() && link.scheme() != u"qrc"_s)
        return link;
    // Relative links (as written in the guide) resolve as QTextBrowser resolves them.
    const QUrl resolved = link.scheme().isEmpty() ? guideUrl().resolved(link) : link;
    const QString path = resolved.path();
    if (path.isEmpty() || path == guideUrl().path())
        return {};
    QString file = path;
    if (file.startsWith(kResourceDocs))
        file = u"docs/"_s + file.mid(kResourceDocs.size());
    else if (file.startsWith(u"/provena/"_s))
        file = file.mid(9); // a file beside docs/ (../README.md)
    else
        return {};
    QUrl out(kProjectFiles + file);
    if (resolved.hasFragment())
        out.setFragment(resolved.fragment());
    return out;
}

QString UserGuideWindow::headingAnchor(const QString &heading)
{
    // GitHub: lower case; letters, digits, '-' and '_' kept, spaces become '-', the rest dropped.
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

void UserGuideWindow::followLink(const QUrl &link)
{
    const QUrl target = externalUrl(link);
    if (target.isEmpty()) {
        if (link.hasFragment())
            mBrowser->scrollToAnchor(link.fragment());
        return;
    }
    mOpenUrl(target);
}

void UserGuideWindow::addHeadingAnchors()
{
    QTextDocument *doc = mBrowser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.length() <= 1)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(format);
    }
}

void UserGuideWindow::fitImages()
{
    QTextDocument *doc = mBrowser->document();
    const int available
        = qMax(200, mBrowser->viewport()->width() - 2 * int(doc->documentMargin()) - 4);
    if (available == mFittedWidth)
        return;
    mFittedWidth = available;
    struct Image
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(),
                               fragment.charFormat().toImageFormat()});
        }
    }
    for (Image &image : images) {
        const QVariant data
            = doc->resource(QTextDocument::ImageResource, QUrl(image.format.name()));
        // QTextDocument turns the bytes QTextBrowser loads into a QPixmap.
        QSize natural;
        if (data.userType() == QMetaType::QPixmap)
            natural = data.value<QPixmap>().size();
        else if (data.userType() == QMetaType::QImage)
            natural = data.value<QImage>().size();
        if (natural.isEmpty())
            continue;
        // Only the width: QTextDocument keeps the aspect ratio.
        image.format.setWidth(qMin(natural.width(), available));
        QTextCursor cursor(doc);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

bool UserGuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mBrowser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

} // namespace provena
