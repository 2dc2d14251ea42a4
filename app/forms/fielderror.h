// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QObject>

struct FormField;

/** Why a field's value is refused; mapped once to a message in the current language. */
class FieldError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(FieldError)

public:
    enum Code {
        None,
        Required,
        TooShort,
        TooLong,
        Pattern,
        Digits,
        Email,
        Phone,
        Iban,
        NationalNumber,
        InvalidDate,
        DateTooEarly,
        DateTooLate,
        NotAnOption,
        FileTooLarge,
        FileType,
        InvalidValue,
    };
    Q_ENUM(Code)

    /** The citizen-facing sentence for code on field (bounds and sizes filled in). */
    static QString message(Code code, const FormField& field, const QDate& today);
};
