// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecontroller.h"

#include "api/cityapiclient.h"

#include <QJsonObject>
#include <QVariantMap>

namespace {

// Display order; fields the city adds later are shown after these.
const QStringList& knownOrder()
{
    static const QStringList order { QStringLiteral("surname"), QStringLiteral("first_names"),
        QStringLiteral("national_number"), QStringLiteral("birth_date"),
        QStringLiteral("birth_place"), QStringLiteral("nationality"), QStringLiteral("sex"),
        QStringLiteral("street_and_number"), QStringLiteral("zip"), QStringLiteral("municipality"),
        QStringLiteral("phone"), QStringLiteral("iban") };
    return order;
}

} // namespace

ProfileController::ProfileController(CityApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_model([this] { return int(m_order.size()); }, [this](int row) { return fieldAt(row); })
{ }

QString ProfileController::lockedExplanation()
{
    return tr("Ces informations viennent de votre carte d'identité électronique (Registre "
              "national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-"
              "vous à l'administration communale de votre domicile pour les faire corriger.");
}

QString ProfileController::labelOf(const QString& name)
{
    if (name == QLatin1String("surname"))
        return tr("Nom");
    if (name == QLatin1String("first_names"))
        return tr("Prénoms");
    if (name == QLatin1String("national_number"))
        return tr("Numéro de registre national");
    if (name == QLatin1String("birth_date"))
        return tr("Date de naissance");
    if (name == QLatin1String("birth_place"))
        return tr("Lieu de naissance");
    if (name == QLatin1String("nationality"))
        return tr("Nationalité");
    if (name == QLatin1String("sex"))
        return tr("Sexe");
    if (name == QLatin1String("street_and_number"))
        return tr("Rue et numéro");
    if (name == QLatin1String("zip"))
        return tr("Code postal");
    if (name == QLatin1String("municipality"))
        return tr("Commune");
    if (name == QLatin1String("phone"))
        return tr("Téléphone");
    if (name == QLatin1String("iban"))
        return tr("Compte bancaire (IBAN)");
    return name;
}

bool ProfileController::hasCardData() const
{
    for (const Field& f : m_fields)
        if (f.source == QLatin1String("eid"))
            return true;
    return false;
}

QVariantMap ProfileController::fieldAt(int row) const
{
    const QString& name = m_order.at(row);
    const Field f = m_fields.value(name);
    const bool fromCard = f.source == QLatin1String("eid");
    return { { QStringLiteral("name"), name }, { QStringLiteral("label"), labelOf(name) },
        { QStringLiteral("value"), m_edits.value(name, f.value) },
        { QStringLiteral("source"), f.source },
        { QStringLiteral("sourceLabel"), fromCard ? tr("carte d'identité") : tr("profil") },
        { QStringLiteral("editable"), f.editable }, { QStringLiteral("locked"), !f.editable },
        { QStringLiteral("error"), m_failure.fieldErrors.value(name).join(QLatin1Char(' ')) } };
}

QVariantList ProfileController::fields() const
{
    QVariantList out;
    for (int row = 0; row < m_order.size(); ++row)
        out.append(fieldAt(row));
    return out;
}

void ProfileController::profileReplaced()
{
    m_model.reload();
    emit profileChanged();
    emit fieldsChanged();
    emit editsChanged();
}

QHash<QString, QString> ProfileController::prefillValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->value.isEmpty())
            values.insert(it.key(), it->value);
    }
    if (!m_email.isEmpty())
        values.insert(QStringLiteral("email"), m_email);
    return values;
}

void ProfileController::apply(const QJsonObject& me)
{
    m_email = me.value(QLatin1String("email")).toString();
    const QJsonObject fields = me.value(QLatin1String("fields")).toObject();
    m_fields.clear();
    m_order.clear();
    for (const QString& name : knownOrder()) {
        if (fields.contains(name))
            m_order.append(name);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        m_fields.insert(it.key(),
            { f.value(QLatin1String("value")).toString(),
                f.value(QLatin1String("source")).toString(),
                f.value(QLatin1String("editable")).toBool(false) });
        if (!m_order.contains(it.key()))
            m_order.append(it.key());
    }
    m_loaded = true;
}

void ProfileController::load()
{
    m_busy = true;
    emit busyChanged();
    m_api->get(QStringLiteral("/me"), this, [this](const ApiResult& r) {
        m_busy = false;
        m_failure = r.ok() ? ApiResult {} : r;
        if (r.ok())
            apply(r.data.toObject());
        emit busyChanged();
        profileReplaced();
        emit messageChanged();
    });
}

bool ProfileController::setField(const QString& name, const QString& value)
{
    const auto it = m_fields.constFind(name);
    if (it == m_fields.constEnd() || !it->editable)
        return false;
    if (value == it->value)
        m_edits.remove(name);
    else
        m_edits.insert(name, value);
    m_failure.fieldErrors.remove(name);
    // Only this row: the profile's values (prefill) change when the city has saved them.
    m_model.rowChanged(int(m_order.indexOf(name)));
    emit fieldsChanged();
    emit editsChanged();
    return true;
}

void ProfileController::save()
{
    if (m_busy || m_edits.isEmpty())
        return;
    QJsonObject changes;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        changes.insert(it.key(), it.value().trimmed());
    ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/me");
    request.body = QJsonObject { { QStringLiteral("fields"), changes } };
    m_busy = true;
    emit busyChanged();
    m_api->send(request, this, [this](const ApiResult& r) {
        m_busy = false;
        if (r.ok()) {
            m_failure = ApiResult {};
            m_edits.clear(); // the city's answer is the new truth
            apply(r.data.toObject());
            profileReplaced();
            emit saved();
        } else {
            m_failure = r; // the edits stay, so nothing typed is lost
            m_model.allRowsChanged(); // the city's message under each field
            emit fieldsChanged();
        }
        emit busyChanged();
        emit messageChanged();
    });
}

void ProfileController::discardChanges()
{
    m_edits.clear();
    m_failure = ApiResult {};
    m_model.allRowsChanged();
    emit fieldsChanged();
    emit editsChanged();
    emit messageChanged();
}

void ProfileController::clear()
{
    m_fields.clear();
    m_order.clear();
    m_edits.clear();
    m_email.clear();
    m_loaded = false;
    m_failure = ApiResult {};
    if (m_busy) {
        m_busy = false; // the ended session's call is dropped by the client, never answered
        emit busyChanged();
    }
    profileReplaced();
    emit messageChanged();
}

void ProfileController::retranslate()
{
    m_model.allRowsChanged();
    emit profileChanged();
    emit fieldsChanged();
    emit messageChanged();
}
