// SPDX-License-Identifier: GPL-3.0-or-later
// Load, build the models for, and validate a 500-field schema (target: under 50 ms).
// Usage: forms_bench [fields] [runs]. Prints the median and the worst run; exits 1 when the
// median misses the target.

#include "forms/formmodel.h"
#include "forms/formschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

constexpr double kTargetMs = 50.0;

/** A realistic mix: validated strings, dates, options, conditions, computed fields, pages. */
QByteArray makeSchema(int fieldCount)
{
    QJsonArray pages;
    QJsonArray fields;
    for (int i = 0; i < fieldCount; ++i) {
        const QString id = QStringLiteral("f%1").arg(i);
        QJsonObject f { { "id", id }, { "label", QStringLiteral("Champ %1").arg(i) },
            { "hint", "Aide" }, { "required", i % 3 == 0 } };
        switch (i % 8) {
        case 0:
            f.insert("type", "string");
            f.insert("validation", QJsonObject { { "type", "nrn-be" } });
            break;
        case 1:
            f.insert("type", "string");
            f.insert("validation", QJsonObject { { "type", "phone" } });
            break;
        case 2:
            f.insert("type", "date");
            f.insert("min", "1900-01-01");
            f.insert("max", "today");
            break;
        case 3:
            f.insert("type", "item");
            f.insert("options",
                QJsonArray {
                    QJsonObject { { "value", "a" }, { "label", "A" }, { "price_cents", 250 } },
                    QJsonObject { { "value", "b" }, { "label", "B" } } });
            break;
        case 4:
            f.insert("type", "string");
            f.insert("condition",
                QJsonObject {
                    { "visible",
                        QStringLiteral("f%1 == 'a' or not empty(f%2)").arg(i - 1).arg(i - 4) },
                    { "required", QStringLiteral("len(f%1) > 3").arg(i - 3) } });
            break;
        case 5:
            f.insert("type", "string");
            f.insert("validation", QJsonObject { { "type", "iban" } });
            break;
        case 6:
            f.insert("type", "computed");
            f.insert("expression", QStringLiteral("len(f%1) + 1").arg(i - 6));
            break;
        default:
            f.insert("type", "email");
            break;
        }
        fields.append(f);
        if (fields.size() == 10 || i == fieldCount - 1) {
            const int p = pages.size();
            QJsonObject page { { "id", QStringLiteral("p%1").arg(p) },
                { "title", QStringLiteral("Page %1").arg(p) }, { "fields", fields },
                { "post_conditions",
                    QJsonArray { QJsonObject {
                        { "condition", QStringLiteral("empty(f%1) or len(f%1) < 100").arg(i) },
                        { "error", "Trop long" } } } } };
            if (p % 5 == 4)
                page.insert("condition", QStringLiteral("f3 != 'b'"));
            pages.append(page);
            fields = QJsonArray();
        }
    }
    const QJsonObject schema { { "slug", "bench" }, { "version", 1 }, { "title", "Bench" },
        { "pages", pages } };
    return QJsonDocument(schema).toJson(QJsonDocument::Compact);
}

QJsonObject makeValues(int fieldCount)
{
    QJsonObject values;
    for (int i = 0; i < fieldCount; ++i) {
        const QString id = QStringLiteral("f%1").arg(i);
        switch (i % 8) {
        case 0:
            values.insert(id, "85073003328");
            break;
        case 1:
            values.insert(id, "081/24.60.00");
            break;
        case 2:
            values.insert(id, "1985-07-30");
            break;
        case 3:
            values.insert(id, "a");
            break;
        case 5:
            values.insert(id, "BE68 5390 0754 7034");
            break;
        case 7:
            values.insert(id, "marie@namur.be");
            break;
        default:
            values.insert(id, "texte libre");
        }
    }
    return values;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int fieldCount = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    const QByteArray bytes = makeSchema(fieldCount);
    const QJsonObject values = makeValues(fieldCount);

    QList<double> timings;
    int issues = -1;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto schema = FormSchema::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        if (!schema) {
            std::fprintf(stderr, "forms_bench: schema refused: %s\n", qPrintable(error));
            return 2;
        }
        FormModel model;
        model.setSchema(*schema);
        model.state().setValues(values);
        issues = int(model.state().validateAll().size());
        const QJsonObject payload = model.payload();
        model.reviewSummary();
        timings.append(double(timer.nsecsElapsed()) / 1e6);
        if (payload.isEmpty())
            return 2;
    }
    std::sort(timings.begin(), timings.end());
    const double median = timings.at(timings.size() / 2);
    std::printf("forms_bench: %d fields, %lld bytes of schema, %d runs: load + build + validate "
                "median %.2f ms, worst %.2f ms (target < %.0f ms; %d validation issues)\n",
        fieldCount, qint64(bytes.size()), runs, median, timings.last(), kTargetMs, issues);
    return median < kTargetMs ? 0 : 1;
}
