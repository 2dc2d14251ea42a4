// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcontroller.h"

#include "api/apiresult.h"
#include "catalogue/cataloguerepository.h"
#include "logging/logcategories.h"
#include "requestprice.h"
#include "store/draftstore.h"
#include "store/requestoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>

RequestController::RequestController(
    CatalogueRepository* catalogue, RequestOutbox* outbox, DraftStore* drafts, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_outbox(outbox)
    , m_drafts(drafts)
{
    // Saving at every key press would write hundreds of rows; half a second after the last
    // change loses nothing a crash could take.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(500);
    connect(&m_autosave, &QTimer::timeout, this, &RequestController::saveDraft);
    connect(&m_form, &FormModel::valuesChanged, this, [this]() {
        if (m_state == Editing)
            m_autosave.start();
        emit priceChanged();
    });
    connect(m_outbox, &RequestOutbox::delivered, this, &RequestController::onDelivered);
    connect(m_outbox, &RequestOutbox::rejected, this, &RequestController::onRejected);
}

void RequestController::setState(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void RequestController::applySchema(const QJsonValue& json, bool replace)
{
    QString problem;
    const std::optional<FormSchema> schema = FormSchema::fromJson(json.toObject(), &problem);
    if (!schema) {
        // Refused as a whole: a half-understood form could send something the citizen did
        // not mean. The detail goes to the log, the citizen gets a plain sentence.
        qCWarning(lcForms) << "schema of" << m_slug << "refused:" << problem;
        setState(Failed,
            tr("Ce formulaire ne peut pas être affiché pour le moment. Réessayez "
               "plus tard ou adressez-vous à l'administration communale."));
        return;
    }
    if (replace) {
        m_form.replaceSchema(*schema);
        return;
    }
    m_form.setSchema(*schema);
    if (const auto draft = m_drafts->load(m_userId, m_slug)) {
        m_form.restoreDraft(*draft);
        setDraftRestored(true,
            QDateTime::fromString(
                draft->value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs));
    }
    m_form.applyPrefill(m_identity, m_profile);
    setState(Editing);
}

void RequestController::setIdentity(const VerifiedIdentity& identity)
{
    m_identity = identity;
    if (m_state == Editing)
        m_form.applyPrefill(m_identity, m_profile);
}

void RequestController::open(const QString& slug)
{
    m_slug = slug;
    m_number.clear();
    m_submission = {};
    m_pendingEntry = -1;
    setDraftRestored(false);
    lookUpServicePrice();
    const QString path = QStringLiteral("/services/%1/schema").arg(slug);
    if (const auto cached = m_catalogue->cached(path)) {
        m_stale = true; // until the city confirms it
        applySchema(*cached, false);
    } else {
        setState(Loading);
    }
    m_catalogue->fetch(path, this, [this, slug](const CatalogueRepository::Answer& answer) {
        if (slug != m_slug)
            return; // another form was opened meanwhile
        if (!answer.failure.ok()) {
            if (m_state == Loading)
                setState(Failed, answer.failure.userMessage());
            return;
        }
        m_stale = answer.stale;
        if (m_state == Loading)
            applySchema(answer.data, false);
        else if (!answer.fromCache)
            applySchema(answer.data, true); // a newer version: swap it in, values kept
        emit stateChanged();
    });
}

int RequestController::priceCents() const
{
    if (m_slug.isEmpty())
        return 0;
    return int(requestPriceCents(m_servicePriceCents, m_form.state()));
}

void RequestController::lookUpServicePrice()
{
    // The service's own price is in the catalogue, not in the schema: the cached list at
    // once (the citizen came through it), the city's when it answers.
    const auto priceIn = [](const QJsonValue& services, const QString& slug) {
        for (const QJsonValue& s : services.toArray()) {
            if (s.toObject().value(QLatin1String("slug")).toString() == slug)
                return s.toObject().value(QLatin1String("price_cents")).toInt();
        }
        return 0;
    };
    const QString path = QStringLiteral("/services");
    m_servicePriceCents = 0;
    if (const auto cached = m_catalogue->cached(path))
        m_servicePriceCents = priceIn(*cached, m_slug);
    emit priceChanged();
    const QString slug = m_slug;
    m_catalogue->fetch(path, this, [this, slug, priceIn](const CatalogueRepository::Answer& a) {
        if (slug != m_slug || !a.failure.ok())
            return;
        m_servicePriceCents = priceIn(a.data, slug);
        emit priceChanged();
    });
}

void RequestController::setDraftRestored(bool restored, const QDateTime& savedAt)
{
    if (restored == m_draftRestored && savedAt == m_draftSavedAt)
        return;
    m_draftRestored = restored;
    m_draftSavedAt = savedAt;
    emit draftChanged();
}

void RequestController::startOver()
{
    if (m_state != Editing)
        return;
    m_autosave.stop();
    m_drafts->remove(m_userId, m_slug);
    const FormSchema schema = m_form.state().schema();
    m_form.setSchema(schema);
    m_form.applyPrefill(m_identity, m_profile);
    setDraftRestored(false);
    emit priceChanged();
}

void RequestController::reloadForLanguage()
{
    if (m_state != Editing)
        return;
    const QString slug = m_slug;
    m_catalogue->fetch(QStringLiteral("/services/%1/schema").arg(slug), this,
        [this, slug](const CatalogueRepository::Answer& answer) {
            if (slug == m_slug && answer.failure.ok() && m_state == Editing)
                applySchema(answer.data, true);
        });
}

bool RequestController::submit()
{
    if (m_state != Editing || !m_form.validateAll())
        return false;
    m_autosave.stop();
    saveDraft(); // if anything goes wrong from here, the draft still holds everything
    const QJsonObject body { { QStringLiteral("service"), m_slug },
        { QStringLiteral("data"), m_form.payload() } };
    m_pendingEntry = m_outbox->enqueue(m_userId, QStringLiteral("POST"),
        QStringLiteral("/requests"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (m_pendingEntry < 0) {
        setState(Editing,
            tr("La demande n'a pas pu être enregistrée sur cet ordinateur. "
               "Réessayez."));
        return false;
    }
    setState(Sending);
    return true;
}

void RequestController::onDelivered(qint64 id, const QByteArray& response)
{
    if (id != m_pendingEntry)
        return;
    m_pendingEntry = -1;
    const QJsonObject request = QJsonDocument::fromJson(response).object();
    m_number = request.value(QLatin1String("number")).toString();
    m_submission.number = m_number;
    m_submission.serviceTitle = request.value(QLatin1String("service_title")).toString();
    if (m_submission.serviceTitle.isEmpty())
        m_submission.serviceTitle = m_form.title();
    m_submission.submittedAt = QDateTime::fromString(
        request.value(QLatin1String("submitted_at")).toString(), Qt::ISODateWithMs);
    if (!m_submission.submittedAt.isValid())
        m_submission.submittedAt = QDateTime::currentDateTimeUtc();
    m_submission.amountCents = request.value(QLatin1String("amount_cents")).toInteger();
    m_submission.awaitsPayment
        = request.value(QLatin1String("needs_action")).toString() == QLatin1String("payment")
        || request.value(QLatin1String("next")).toObject().value(QLatin1String("type")).toString()
            == QLatin1String("payment");
    m_drafts->remove(m_userId, m_slug);
    setDraftRestored(false);
    setState(Submitted);
}

void RequestController::onRejected(qint64 id, const QString& error)
{
    if (id != m_pendingEntry)
        return;
    m_pendingEntry = -1;
    // The outbox kept the city's answer: its field errors go back onto the form.
    const auto entry = m_outbox->entry(id);
    const QJsonObject envelope
        = entry ? QJsonDocument::fromJson(entry->response).object() : QJsonObject();
    QHash<QString, QStringList> fields;
    const QJsonObject errors = envelope.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList messages;
        for (const QJsonValue& m : it.value().toArray())
            messages.append(m.toString());
        fields.insert(it.key(), messages);
    }
    ApiResult result;
    result.error = fields.isEmpty() ? ApiError::BadRequest : ApiError::ValidationFailed;
    result.errorCode = error;
    result.serverMessage = envelope.value(QLatin1String("err_desc")).toString();
    m_form.applyServerErrors(fields);
    setState(Editing, result.userMessage());
}

void RequestController::saveDraft()
{
    if (m_slug.isEmpty() || m_state == Submitted)
        return;
    QJsonObject draft = m_form.draft();
    // Stamped here so the form can say which draft it took up again.
    draft.insert(
        QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_drafts->save(m_userId, m_slug, draft);
}

void RequestController::discard()
{
    m_autosave.stop();
    if (!m_slug.isEmpty())
        m_drafts->remove(m_userId, m_slug);
    clear();
}

void RequestController::setUser(const QString& userId)
{
    if (userId == m_userId)
        return;
    const int leftUnsent
        = !m_userId.isEmpty() && userId.isEmpty() ? m_outbox->pendingCount(m_userId) : 0;
    m_userId = userId;
    // A filing leaves only with its own account's session, never with the next citizen's.
    m_outbox->setCurrentUser(userId);
    if (leftUnsent != m_leftUnsent) {
        m_leftUnsent = leftUnsent;
        emit unsentNoticeChanged();
    }
}

QString RequestController::unsentNotice() const
{
    if (m_leftUnsent == 0)
        return {};
    if (m_leftUnsent == 1)
        return tr("Votre demande n'a pas encore pu être envoyée à la Ville. Elle reste "
                  "enregistrée ici pour votre compte seulement et sera envoyée lors de votre "
                  "prochaine connexion sur cet appareil.");
    return tr("Vos %1 demandes n'ont pas encore pu être envoyées à la Ville. Elles restent "
              "enregistrées ici pour votre compte seulement et seront envoyées lors de votre "
              "prochaine connexion sur cet appareil.")
        .arg(m_leftUnsent);
}

void RequestController::clear()
{
    m_autosave.stop();
    m_form.setSchema(FormSchema {});
    m_identity.clear();
    m_profile.clear();
    m_slug.clear();
    m_number.clear();
    m_submission = {};
    m_pendingEntry = -1;
    m_servicePriceCents = 0;
    setDraftRestored(false);
    setState(Idle);
    emit priceChanged();
}
