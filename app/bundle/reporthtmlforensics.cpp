// SPDX-License-Identifier: MIT
// The report's line on an image's forensic views (bundles exported with --forensics).
#include "bundle/reporthtml_p.h"

using namespace Qt::Literals::StringLiterals;

namespace provena::report {

void HtmlPage::forensicViews(const ImageSection &section)
{
    const QList<QPair<QString, QString>> &views = section.image.forensicViews;
    if (views.isEmpty())
        return;
    QStringList items;
    for (const auto &[title, file] : views) {
        // The file is named as well as linked: the PDF has no links to follow.
        const QString url = relativeUrl(file);
        items.append(url.isEmpty() ? escaped(title)
                                   : u"%1 (<a href=\"%2\">%3</a>)"_s.arg(
                                       escaped(title), escaped(url), escaped(file)));
    }
    mOut += u"<h3>%1</h3>\n"_s.arg(escaped(ReportWriter::tr("Forensic views")));
    mOut += u"<p class=\"forensics\">%1</p>\n"_s.arg(items.join(u", "_s));
    mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
        escaped(ReportWriter::tr("These views are aids: they show evidence, they do not declare an "
                                 "image fake.")));
}

} // namespace provena::report
