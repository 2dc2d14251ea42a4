// SPDX-License-Identifier: GPL-3.0-or-later
#include "formvalidator.h"

#include "expression.h"
#include "validators.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

const QSet<QString> Types = { "string", "text", "email", "date", "item", "items", "bool", "file",
    "title", "comment", "computed" };

bool isDisplayOnly(const QString& type)
{
    return type == QLatin1String("title") || type == QLatin1String("comment");
}

bool isMissing(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isBool() && !v.toBool());
}

QDate boundDate(const QString& bound)
{
    return bound == QLatin1String("today") ? QDate::currentDate() : parseIsoDate(bound);
}

QString checkValidation(const QJsonObject& rule, const QString& s)
{
    const QString type = rule.value("type").toString();
    if (rule.contains("min_length") && s.size() < rule.value("min_length").toInt())
        return "field_too_short";
    if (rule.contains("max_length") && s.size() > rule.value("max_length").toInt())
        return "field_too_long";
    if (type == "nrn-be" && !isValidNrn(s))
        return "field_nrn";
    if (type == "iban" && !isValidIban(s))
        return "field_iban";
    if (type == "digits" && !isDigits(s))
        return "field_digits";
    if (type == "phone" && !isValidBelgianPhone(s))
        return "field_phone";
    if (type == "email" && !isValidEmail(s))
        return "field_email";
    if (type == "regex") {
        const QRegularExpression re(
            QRegularExpression::anchoredPattern(rule.value("pattern").toString()));
        if (!re.isValid() || !re.match(s).hasMatch())
            return "field_pattern";
    }
    return {};
}

/** Message code of the first problem with a present value; empty when fine. */
QString checkValue(const QJsonObject& field, const QJsonValue& v)
{
    const QString type = field.value("type").toString();
    QStringList allowed;
    for (const QJsonValue& o : field.value("options").toArray())
        allowed << o.toObject().value("value").toString();
    if (type == "bool")
        return v.isBool() ? QString() : "field_type";
    if (type == "items") {
        if (!v.isArray())
            return "field_type";
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString() || !allowed.contains(e.toString()))
                return "field_option";
        }
        return {};
    }
    if (type == "file") {
        const QJsonObject f = v.toObject();
        const QJsonObject spec = field.value("file").toObject();
        if (!v.isObject() || !f.value("base64").isString() || !f.value("name").isString())
            return "field_type";
        const QByteArray bytes = QByteArray::fromBase64(f.value("base64").toString().toLatin1());
        if (spec.contains("max_bytes") && bytes.size() > spec.value("max_bytes").toInteger())
            return "field_file_size";
        QStringList types;
        for (const QJsonValue& t : spec.value("types").toArray())
            types << t.toString();
        if (!types.isEmpty() && !types.contains(f.value("content_type").toString()))
            return "field_file_type";
        return {};
    }
    if (!v.isString())
        return "field_type";
    const QString s = v.toString().trimmed();
    if (type == "email" && !isValidEmail(s))
        return "field_email";
    if (type == "date") {
        const QDate d = parseIsoDate(s);
        if (!d.isValid())
            return "field_date";
        if ((field.contains("min") && d < boundDate(field.value("min").toString()))
            || (field.contains("max") && d > boundDate(field.value("max").toString())))
            return "field_date_range";
    }
    if (type == "item" && !allowed.contains(s))
        return "field_option";
    return checkValidation(field.value("validation").toObject(), s);
}

QString valueText(const QJsonObject& field, const QJsonValue& v)
{
    const QJsonArray options = field.value("options").toArray();
    auto labelOf = [&options](const QString& value) {
        for (const QJsonValue& o : options) {
            if (o.toObject().value("value").toString() == value)
                return o.toObject().value("label").toString();
        }
        return value;
    };
    if (v.isBool())
        return v.toBool() ? QStringLiteral("✓") : QStringLiteral("–");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray())
            parts << labelOf(e.toString());
        return parts.join(", ");
    }
    if (v.isObject())
        return v.toObject().value("name").toString();
    return field.contains("options") ? labelOf(v.toString()) : v.toString();
}

/** Computed values are strings in `data`, written as the app writes them; null stays null. */
QJsonValue computedValue(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return QJsonValue();
    return v.toVariant().toString();
}

} // namespace

bool isValidSchema(const QJsonObject& schema, QString* error)
{
    QSet<QString> ids;
    QStringList expressions;
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QJsonValue& p : schema.value("pages").toArray()) {
        const QJsonObject page = p.toObject();
        expressions << page.value("condition").toString(QStringLiteral("true"));
        for (const QJsonValue& pc : page.value("post_conditions").toArray())
            expressions << pc.toObject().value("condition").toString();
        for (const QJsonValue& f : page.value("fields").toArray()) {
            const QJsonObject field = f.toObject();
            const QString id = field.value("id").toString();
            if (!idRe.match(id).hasMatch() || ids.contains(id)
                || !Types.contains(field.value("type").toString())) {
                *error = QStringLiteral("bad field '%1'").arg(id);
                return false;
            }
            ids.insert(id);
            const QJsonObject cond = field.value("condition").toObject();
            for (const char* k : { "visible", "required" }) {
                if (cond.contains(k))
                    expressions << cond.value(k).toString();
            }
            if (field.value("type").toString() == QLatin1String("computed"))
                expressions << field.value("expression").toString();
        }
    }
    for (const QString& e : expressions) {
        QString why;
        const Expression parsed = Expression::parse(e, &why);
        if (!parsed.isValid()) {
            *error = QStringLiteral("expression '%1': %2").arg(e, why);
            return false;
        }
        for (const QString& ident : parsed.identifiers()) {
            if (!ids.contains(ident)) {
                *error = QStringLiteral("expression '%1' reads unknown field '%2'").arg(e, ident);
                return false;
            }
        }
    }
    return true;
}

FormCheck validateSubmission(const QJsonObject& schema, const QJsonObject& submitted,
    const std::function<QString(const QString&)>& eidValue, int basePriceCents)
{
    struct Slot
    {
        QJsonObject field;
        QString pageId;
        int page;
    };
    QList<Slot> fieldSlots;
    QList<QJsonObject> pages;
    QHash<QString, QJsonValue> values;
    QSet<QString> typedEidFields; // locked eID fields whose value only the client vouches for
    for (const QJsonValue& p : schema.value("pages").toArray()) {
        pages << p.toObject();
        for (const QJsonValue& f : p.toObject().value("fields").toArray()) {
            const QJsonObject field = f.toObject();
            const QString id = field.value("id").toString();
            fieldSlots.append(
                Slot { field, pages.last().value("id").toString(), int(pages.size() - 1) });
            QJsonValue v = submitted.value(id);
            const QJsonObject prefill = field.value("prefill").toObject();
            if (prefill.value("locked").toBool() && prefill.value("source").toString() == "eid") {
                const QString verified
                    = eidValue ? eidValue(prefill.value("attribute").toString()) : QString();
                if (!verified.isEmpty())
                    v = verified; // never trust the client with what the card says
                else
                    typedEidFields.insert(id);
            }
            values.insert(id, v.isUndefined() ? QJsonValue() : v);
        }
    }

    // Visibility depends on visible values only: iterate until it stops changing.
    QHash<QString, bool> visible;
    QList<bool> pageVisible(pages.size(), true);
    for (const Slot& s : fieldSlots)
        visible.insert(s.field.value("id").toString(), true);
    const Expression::Lookup lookup
        = [&](const QString& id) { return visible.value(id) ? values.value(id) : QJsonValue(); };
    for (int round = 0; round < 16; ++round) {
        bool changed = false;
        for (int i = 0; i < pages.size(); ++i) {
            const bool v
                = Expression::parse(pages.at(i).value("condition").toString("true")).test(lookup);
            changed = changed || v != pageVisible[i];
            pageVisible[i] = v;
        }
        for (const Slot& s : fieldSlots) {
            const QString id = s.field.value("id").toString();
            const QString expr
                = s.field.value("condition").toObject().value("visible").toString("true");
            const bool v = pageVisible.at(s.page) && Expression::parse(expr).test(lookup);
            if (s.field.value("type").toString() == QLatin1String("computed") && v)
                values.insert(id,
                    computedValue(Expression::parse(s.field.value("expression").toString())
                                      .evaluate(lookup)));
            changed = changed || v != visible.value(id);
            visible.insert(id, v);
        }
        if (!changed)
            break;
    }

    FormCheck out;
    int optionCents = 0;
    for (const Slot& s : fieldSlots) {
        const QString id = s.field.value("id").toString();
        const QString type = s.field.value("type").toString();
        if (!visible.value(id) || isDisplayOnly(type))
            continue;
        const QJsonValue v = values.value(id);
        const QString requiredExpr
            = s.field.value("condition").toObject().value("required").toString();
        const bool required = s.field.value("required").toBool()
            || (!requiredExpr.isEmpty() && Expression::parse(requiredExpr).test(lookup));
        if (isMissing(v)) {
            if (required)
                out.errors[id] << "field_required";
            continue;
        }
        if (type != QLatin1String("computed")) {
            const QString problem = checkValue(s.field, v);
            if (!problem.isEmpty()) {
                out.errors[id] << problem;
                continue;
            }
        }
        out.data.insert(id, v.isString() ? QJsonValue(v.toString().trimmed()) : v);
        out.identityDeclared = out.identityDeclared || typedEidFields.contains(id);
        out.summary.append({ s.field.value("label").toString(), valueText(s.field, v) });
        if (type == QLatin1String("item")) {
            for (const QJsonValue& o : s.field.value("options").toArray()) {
                if (o.toObject().value("value").toString() == v.toString())
                    optionCents += o.toObject().value("price_cents").toInt();
            }
        }
    }
    for (int i = 0; i < pages.size(); ++i) {
        // Cross-field checks run once the page's own fields are right, as when leaving it.
        bool pageClean = true;
        for (const Slot& s : fieldSlots)
            pageClean = pageClean
                && (s.page != i || !out.errors.contains(s.field.value("id").toString()));
        if (!pageVisible.at(i) || !pageClean)
            continue;
        for (const QJsonValue& pc : pages.at(i).value("post_conditions").toArray()) {
            if (!Expression::parse(pc.toObject().value("condition").toString()).test(lookup))
                out.errors["page:" + pages.at(i).value("id").toString()]
                    << pc.toObject().value("error").toString();
        }
    }
    const int copies = out.data.value("copies").toString().toInt();
    out.priceCents = (basePriceCents + optionCents) * (copies > 0 ? copies : 1);
    return out;
}
