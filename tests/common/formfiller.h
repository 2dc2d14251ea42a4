// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fills a form the way a citizen would finish it once the app has pre-filled it: every
// visible, unlocked field still empty or wrong gets a valid sample for its type (e2e tests).

#include "forms/fieldvalidator.h"
#include "forms/formmodel.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace formfiller {

/** A valid sample for a field the citizen would type, by validation type. */
inline QJsonValue sampleFor(const FormField& f)
{
    switch (f.type) {
    case FieldType::Item:
        return f.options.first().value;
    case FieldType::Items:
        return QJsonArray { f.options.first().value };
    case FieldType::Bool:
        return true;
    case FieldType::Date:
        return QStringLiteral("2000-01-15");
    case FieldType::Email:
        return QStringLiteral("demo@namur.example");
    default:
        break;
    }
    switch (f.validation.type) {
    case FieldValidation::Type::NationalNumber:
        return QStringLiteral("85073003328");
    case FieldValidation::Type::Phone:
        return QStringLiteral("081 24 60 00");
    case FieldValidation::Type::Iban:
        return QStringLiteral("BE68 5390 0754 7034");
    case FieldValidation::Type::Digits:
        return QStringLiteral("2");
    case FieldValidation::Type::Email:
        return QStringLiteral("demo@namur.example");
    case FieldValidation::Type::Regex:
        for (const QString& candidate : { QStringLiteral("5000"), QStringLiteral("A1") }) {
            if (QRegularExpression(QRegularExpression::anchoredPattern(f.validation.pattern))
                    .match(candidate)
                    .hasMatch())
                return candidate;
        }
        return QStringLiteral("Texte de test");
    default:
        return QStringLiteral("Texte de test");
    }
}

/** Completes what the prefill left; a few rounds because answers reveal conditional fields. */
inline void completeForm(FormModel* model)
{
    for (int round = 0; round < 3; ++round) {
        for (int p : model->state().visiblePages()) {
            for (const FormField& f : model->state().schema().pages.at(p).fields) {
                if (f.holdsValue() && f.type != FieldType::Computed && model->state().isVisible(f)
                    && !model->state().isLocked(f.id)
                    && (FieldValidator::isMissing(model->state().value(f.id))
                        || model->state().check(f) != FieldError::None))
                    model->state().setValue(f.id, sampleFor(f));
            }
        }
    }
}

} // namespace formfiller
