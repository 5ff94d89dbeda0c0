// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QTextBrowser;

namespace provena {

/**
 * Help › User Guide: docs/user-guide.md and its screenshots, compiled into the program (so a
 * build tree and the installed package both have them), shown in a window that is not modal, so
 * the analyst can follow the steps in the main window beside it.
 *
 * The guide is the same file GitHub shows: images are relative (`user-guide/01-open.png`) and
 * resolve against the guide's resource folder; they are scaled down to the window's width.
 * Headings get GitHub's anchors, so `[…](#7-export-a-bundle)` scrolls in place; links to other
 * documents of the project open them on the project's site, web links in the browser.
 */
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    /** The guide in the program's resources (`qrc:/provena/docs/user-guide.md`). */
    static QUrl guideUrl();
    /**
     * Where a link of the guide leads outside it: http(s) and mailto as they are, another
     * document of the project (`cli.md#verify`, `../README.md`) on the project's site; an empty
     * URL for an anchor inside the guide.
     */
    static QUrl externalUrl(const QUrl &link);
    /** GitHub's anchor for a heading: "7. Export a bundle" → "7-export-a-bundle". */
    static QString headingAnchor(const QString &heading);

    QTextBrowser *browser() const { return mBrowser; }
    /** Replaces QDesktopServices::openUrl for links that leave the guide (tests). */
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { mOpenUrl = std::move(opener); }

protected:
    /** Fits the images again when the browser's viewport changes width. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLink(const QUrl &link);
    void addHeadingAnchors();
    /** Every image at most the viewport's width (the screenshots are 1400 px wide). */
    void fitImages();

    QTextBrowser *mBrowser;
    std::function<bool(const QUrl &)> mOpenUrl;
    int mFittedWidth = -1;
};

} // namespace provena
