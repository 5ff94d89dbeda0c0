// SPDX-License-Identifier: MIT
// Private to app/bundle: the writer of the report's HTML page (reporthtml.cpp for the page and
// the article text, reporthtmlimage.cpp for the image sections).
#pragma once

#include "bundle/reportwriter_p.h"
#include "core/model/agencydirectory.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace provena::report {

class HtmlPage
{
public:
    HtmlPage(const ReportInput &input, const ReportContent &content, Target target,
             const PdfResources &resources);

    QString build();

private:
    bool forBrowser() const { return mTarget == Target::Browser; }

    // reporthtml.cpp
    void head();
    void header();
    void contents();
    void articleText();
    void block(int blockIndex);
    void piece(int blockIndex, int pieceIndex, bool inCode);
    void regionRefs(const AnchorEntry &entry);
    void anchorsOutsideText();
    void footer();
    QString styleSheet() const;
    /** An <a href> to `url` when it is http(s) or mailto; else the text alone. */
    QString link(const QString &url, const QString &text) const;

    // reporthtmlimage.cpp
    void imageSection(const ImageSection &section);
    void figure(const ImageSection &section);
    void overlay(const ImageSection &section);
    /** The table's head row; `columns` are heading and width in percent (for the PDF). */
    void headings(const QList<QPair<QString, int>> &columns);
    void regionTable(const ImageSection &section);
    /** The regions for QTextDocument (the PDF): a paragraph each, which lays out much faster than a
     * table. */
    void regionParagraphs(const ImageSection &section);
    void linkedText(const Region &region);
    void provenance(const ImageSection &section);
    void claims(const ImageProvenance &provenance);
    void custody(const ImageProvenance &provenance);
    void pillars(const ImageProvenance &provenance);
    void verdict(const Verdict &verdict);
    void evidenceList(const QList<Evidence> &evidence);
    void keyMetadata(const ImageSection &section);
    // reporthtmlforensics.cpp
    /** One line naming the image's forensic views in the bundle, with the note that they are
     *  aids; nothing when the bundle has none. */
    void forensicViews(const ImageSection &section);
    /** In the language in force (Language::current()), as the translated words around it. */
    QString labelName(const QString &labelId) const;
    /** A directory agency by its name in the language in force, others as recorded. */
    QString agentName(const Agent &agent) const;
    QString colourOf(const QString &labelId) const;
    QString imageTitle(const ImageSection &section) const;
    /** " by X, 2025-08-13 10:42 UTC" from who and when, either may be missing. */
    static QString stamp(const QString &who, const QDateTime &when);

    const ReportInput &mInput;
    const ReportContent &mContent;
    Target mTarget;
    const PdfResources &mResources;
    AgencyDirectory mAgencies; ///< the built-in and the user's own, for names by language
    QString mOut;
};

} // namespace provena::report
