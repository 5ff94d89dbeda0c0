// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/metadataevidence.h"
#include "core/provenance/provenancesuggester.h"
#include "core/provenance/versionsuggester.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace provena {

class ArticleDocument;

/**
 * The Provenance dock's suggestions for the current image (ProvenanceSuggester), each with its
 * reason, origin and evidence; conflicting ones are marked and carry the conflict note. Accept
 * and Reject act on the selected suggestion, "… all from <origin>" on every suggestion from the
 * selected one's origin, each as one undo step (AddClaimsCommand with status Accepted or
 * Rejected, so a suggestion answered once is not proposed again).
 *
 * The image's metadata evidence (ImageEvidence::read) is read on a worker thread (QtConcurrent),
 * never on the GUI thread, and kept per path and SHA-256, so suggestions are recomputed at once
 * when the record changes; the suggestions from the article alone show while it is being read.
 */
class ProvenanceSuggestionsView : public QWidget
{
    Q_OBJECT

public:
    ProvenanceSuggestionsView(const AgencyDirectory *agencies, QWidget *parent = nullptr);
    ~ProvenanceSuggestionsView() override;

    void setDocument(ArticleDocument *document);
    void setImage(int imageIndex);
    /** Recomputes the suggestions (after the record or the image file changed). */
    void refresh();
    /**
     * Other appearances of image `imageIndex` (Tools › Find Other Versions… › Offer as
     * Provenance Suggestions): from now on offered among its suggestions as Republisher claims
     * (VersionSuggester), until answered or another article is shown. Replaces what was
     * offered for that image before.
     */
    void offerVersionSightings(int imageIndex, const QList<VersionSighting> &sightings);

    const QList<ProvenanceSuggestion> &suggestions() const { return mSuggestions; }
    /** True while the metadata of the current image is being read. */
    bool isReadingMetadata() const;
    /** The metadata evidence of the current image, once read (empty before and when not local). */
    MetadataEvidence currentMetadata() const;

    /**
     * A problem to show above the suggestions whatever the image (e.g. the user's agencies file
     * could not be read, so only the built-in agencies are resolved); empty for none.
     */
    void setNotice(const QString &notice);
    /** The line above the list: what the suggestions rest on, or why not more. */
    QLabel *statusLabel() const { return mStatus; }
    QTreeWidget *tree() const { return mTree; }
    QPushButton *acceptButton() const { return mAccept; }
    QPushButton *rejectButton() const { return mReject; }
    QPushButton *acceptAllButton() const { return mAcceptAll; }
    QPushButton *rejectAllButton() const { return mRejectAll; }
    /** The item of the suggestion with `key` (claim.suggestionKey), null when not shown. */
    QTreeWidgetItem *itemFor(const QString &suggestionKey) const;

    /** "From the caption", "From the image's metadata" … for `origin`. */
    static QString originTitle(const QString &origin);

Q_SIGNALS:
    /** Evidence of a suggestion was clicked. */
    void evidenceActivated(const provena::Evidence &evidence);
    /** The list was recomputed (tests wait for it). */
    void suggestionsUpdated();

private:
    struct MetadataRead
    {
        MetadataEvidence evidence;
        QString problem; ///< why it could not be read, translated; empty when read
    };
    QString cacheKey() const;
    void startRead(const QString &key, const QString &path);
    void show(const QList<ProvenanceSuggestion> &suggestions);
    int selectedSuggestion() const;
    void answer(const QList<int> &suggestions, ClaimStatus status);
    void answerAllFromOrigin(ClaimStatus status);
    void updateButtons();
    void setStatus(const QString &status);

    const AgencyDirectory *mAgencies;
    QPointer<ArticleDocument> mDocument;
    int mImage = -1;
    QList<ProvenanceSuggestion> mSuggestions;
    QString mNotice;
    QHash<int, QList<VersionSighting>> mSightings; ///< per image index, for this document
    QHash<QString, MetadataRead> mCache; ///< by path and SHA-256
    QHash<QString, QFutureWatcher<MetadataRead> *> mReading; ///< reads under way, by the same key
    QLabel *mStatus;
    QTreeWidget *mTree;
    QPushButton *mAccept;
    QPushButton *mReject;
    QPushButton *mAcceptAll;
    QPushButton *mRejectAll;
};

} // namespace provena
