// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formmodel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class CatalogueRepository;
class DraftStore;
class RequestOutbox;

/**
 * One request from the form to the city: loads the service's schema (at once from the cache,
 * then current), restores the draft, pre-fills from the verified eID and the profile, saves
 * the draft as the citizen types, and sends through the outbox (written before sending,
 * exactly once). The city's 422 comes back onto the fields concerned. A language change
 * reloads the schema in the new language without losing anything typed.
 */
class RequestController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built in main()")
    Q_PROPERTY(FormModel* form READ form CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString serviceSlug READ serviceSlug NOTIFY stateChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString requestNumber READ requestNumber NOTIFY stateChanged)
    /** What the city will ask for this request, in cents (0: free), as the citizen fills in. */
    Q_PROPERTY(int priceCents READ priceCents NOTIFY priceChanged)
    /** The form was filled from a saved draft (FormPage says so, with a way to start over). */
    Q_PROPERTY(bool draftRestored READ draftRestored NOTIFY draftChanged)
    /** When the restored draft was last saved; invalid for drafts older than this stamp. */
    Q_PROPERTY(QDateTime draftSavedAt READ draftSavedAt NOTIFY draftChanged)
    /**
     * Said when a session ends (kiosk, counter): the citizen who left has filings that have
     * not reached the city yet; they are kept for their account and sent at its next login
     * here. Empty otherwise; cleared at the next login.
     */
    Q_PROPERTY(QString unsentNotice READ unsentNotice NOTIFY unsentNoticeChanged)

public:
    enum State { Idle, Loading, Editing, Sending, Submitted, Failed };
    Q_ENUM(State)

    /** The request the city accepted, as its answer says (the receipt's facts). */
    struct Submission
    {
        QString number;
        QString serviceTitle;
        QDateTime submittedAt;
        qint64 amountCents = 0;
        bool awaitsPayment = false;
    };

    RequestController(CatalogueRepository* catalogue, RequestOutbox* outbox, DraftStore* drafts,
        QObject* parent = nullptr);

    /**
     * Who is filling in (drafts and outbox entries are theirs): the outbox sends this user's
     * filings only. Leaving with filings not yet sent sets unsentNotice.
     */
    void setUser(const QString& userId);
    QString unsentNotice() const;
    /**
     * The verified card data this session may prefill (empty: none). An open form takes it
     * at once: a card pulled or a session that changed unlocks and empties its eID fields.
     */
    void setIdentity(const VerifiedIdentity& identity);
    void setProfile(const QHash<QString, QString>& profile) { m_profile = profile; }

    FormModel* form() { return &m_form; }
    State state() const { return m_state; }
    QString serviceSlug() const { return m_slug; }
    bool stale() const { return m_stale; }
    QString errorMessage() const { return m_error; }
    QString requestNumber() const { return m_number; }
    int priceCents() const;
    bool draftRestored() const { return m_draftRestored; }
    QDateTime draftSavedAt() const { return m_draftSavedAt; }
    /** Set once the city accepted the request (state Submitted); empty otherwise. */
    const Submission& submission() const { return m_submission; }

    Q_INVOKABLE void open(const QString& slug);
    /** Validates every page, then queues the submission; false when the form is not ready. */
    Q_INVOKABLE bool submit();
    /** Drops the draft and the form. */
    Q_INVOKABLE void discard();
    /** Drops the restored draft and starts the same form afresh (pre-fill applied again). */
    Q_INVOKABLE void startOver();
    /** Forgets everything personal (end of a session). */
    void clear();

public slots:
    /** Fetches the schema in the current language and swaps it in, values kept. */
    void reloadForLanguage();

signals:
    void stateChanged();
    void priceChanged();
    void draftChanged();
    void unsentNoticeChanged();

private:
    void setState(State state, const QString& error = {});
    void applySchema(const QJsonValue& json, bool replace);
    void saveDraft();
    void onDelivered(qint64 id, const QByteArray& response);
    void onRejected(qint64 id, const QString& error);
    void setDraftRestored(bool restored, const QDateTime& savedAt = {});
    void lookUpServicePrice();

    CatalogueRepository* m_catalogue;
    RequestOutbox* m_outbox;
    DraftStore* m_drafts;
    FormModel m_form;
    QTimer m_autosave;
    QString m_userId;
    VerifiedIdentity m_identity;
    QHash<QString, QString> m_profile;
    State m_state = Idle;
    QString m_slug;
    bool m_stale = false;
    QString m_error;
    QString m_number;
    qint64 m_pendingEntry = -1;
    int m_servicePriceCents = 0;
    int m_leftUnsent = 0; // filings of the user who just left, not at the city yet
    bool m_draftRestored = false;
    QDateTime m_draftSavedAt;
    Submission m_submission;
};
