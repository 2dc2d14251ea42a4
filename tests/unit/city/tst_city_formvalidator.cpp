// SPDX-License-Identifier: GPL-3.0-or-later
// Server-side validation of submissions (docs/api/form-schema.md) and the demo catalogue.
#include "catalogue.h"
#include "formvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestCityFormValidator : public QObject
{
    Q_OBJECT

    // A small schema exercising every rule; JSON so it reads like the contract.
    static QJsonObject schema()
    {
        return QJsonDocument::fromJson(R"({
          "slug": "test", "version": 1, "title": "Test",
          "pages": [
            {"id": "who", "condition": "true", "fields": [
              {"id": "surname", "type": "string", "required": true,
               "prefill": {"source": "eid", "attribute": "surname", "locked": true}},
              {"id": "kind", "type": "item", "required": true, "options": [
                {"value": "me", "label": "Moi"},
                {"value": "other", "label": "Autre", "price_cents": 200}]},
              {"id": "other_name", "type": "string",
               "condition": {"visible": "kind == 'other'", "required": "kind == 'other'"}},
              {"id": "nrn", "type": "string", "validation": {"type": "nrn-be"}},
              {"id": "code", "type": "string",
               "validation": {"type": "regex", "pattern": "[A-Z]{2}", "max_length": 2}},
              {"id": "when", "type": "date", "min": "2020-01-01", "max": "today"},
              {"id": "tags", "type": "items", "options": [{"value": "a", "label": "A"}]},
              {"id": "agree", "type": "bool", "required": true},
              {"id": "scan", "type": "file",
               "file": {"max_bytes": 4, "types": ["application/pdf"]}},
              {"id": "note", "type": "comment", "label": "Just text"},
              {"id": "twice", "type": "computed", "expression": "copies + copies"},
              {"id": "copies", "type": "string", "required": true, "validation": {"type": "digits"}}
            ], "post_conditions": [{"condition": "copies <= 3", "error": "Trois au plus."}]},
            {"id": "extra", "condition": "kind == 'other'", "fields": [
              {"id": "reason", "type": "text", "required": true}]}
          ]})")
            .object();
    }
    static QJsonObject valid()
    {
        return { { "surname", "Typed" }, { "kind", "me" }, { "agree", true }, { "copies", "2" } };
    }
    static FormCheck check(const QJsonObject& data, const QString& cardSurname = {})
    {
        return validateSubmission(
            schema(), data, [cardSurname](const QString&) { return cardSurname; }, 100);
    }

private slots:
    void valid_data_passes_and_keeps_visible_fields_only()
    {
        QJsonObject data = valid();
        data.insert("other_name", "hidden, so dropped");
        data.insert("reason", "page hidden, dropped");
        const FormCheck c = check(data);
        QVERIFY(c.errors.isEmpty());
        QVERIFY(!c.data.contains("other_name"));
        QVERIFY(!c.data.contains("reason"));
        QCOMPARE(c.data["twice"].toString(), QString("4"));
        QCOMPARE(c.priceCents, 100 * 2); // base times copies
    }

    void required_and_conditional_rules()
    {
        QJsonObject data = valid();
        data.insert("kind", "other");
        data.insert("agree", false); // a false bool is missing
        FormCheck c = check(data);
        QStringList keys = c.errors.keys();
        QCOMPARE(keys, (QStringList { "agree", "other_name", "reason" }));
        QCOMPARE(c.errors["agree"], QStringList { "field_required" });
        data.insert("agree", true);
        data.insert("other_name", "Dupont");
        data.insert("reason", "Parce que");
        c = check(data);
        QVERIFY(c.errors.isEmpty());
        QCOMPARE(c.priceCents, (100 + 200) * 2);
    }

    void value_checks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("option") << "kind" << QJsonValue("nobody") << "field_option";
        QTest::newRow("nrn") << "nrn" << QJsonValue("85073003329") << "field_nrn";
        QTest::newRow("regex whole match") << "code" << QJsonValue("ABC") << "field_too_long";
        QTest::newRow("regex") << "code" << QJsonValue("a1") << "field_pattern";
        QTest::newRow("date format") << "when" << QJsonValue("01/02/2021") << "field_date";
        QTest::newRow("date min") << "when" << QJsonValue("2019-12-31") << "field_date_range";
        QTest::newRow("date max today") << "when" << QJsonValue("2999-01-01") << "field_date_range";
        QTest::newRow("items") << "tags" << QJsonValue(QJsonArray { "a", "z" }) << "field_option";
        QTest::newRow("items type") << "tags" << QJsonValue("a") << "field_type";
        QTest::newRow("bool type") << "agree" << QJsonValue("yes") << "field_type";
        QTest::newRow("string type") << "copies" << QJsonValue(2) << "field_type";
        QTest::newRow("digits") << "copies" << QJsonValue("2x") << "field_digits";
        QTest::newRow("file size")
            << "scan"
            << QJsonValue(QJsonObject { { "name", "a.pdf" }, { "content_type", "application/pdf" },
                   { "base64", "AAAAAAAA" } })
            << "field_file_size";
        QTest::newRow("file type") << "scan"
                                   << QJsonValue(QJsonObject { { "name", "a.png" },
                                          { "content_type", "image/png" }, { "base64", "AAAA" } })
                                   << "field_file_type";
    }
    void value_checks()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject data = valid();
        data.insert(field, value);
        const FormCheck c = check(data);
        QCOMPARE(c.errors.value(field), QStringList { code });
    }

    void post_conditions_report_on_the_page()
    {
        QJsonObject data = valid();
        data.insert("copies", "4");
        const FormCheck c = check(data);
        QCOMPARE(c.errors.keys(), QStringList { "page:who" });
        QCOMPARE(c.errors["page:who"], QStringList { "Trois au plus." });
    }

    void locked_eid_prefill_wins_over_the_client()
    {
        const FormCheck c = check(valid(), "Spécimen");
        QCOMPARE(c.data["surname"].toString(), QString("Spécimen"));
        QJsonObject data = valid();
        data.remove("surname");
        QVERIFY(check(data, "Spécimen").errors.isEmpty());
        QCOMPARE(check(data).errors.keys(), QStringList { "surname" });
    }

    void broken_schemas_are_detected()
    {
        QString error;
        QVERIFY(isValidSchema(schema(), &error));
        QJsonObject bad = schema();
        QJsonArray pages = bad["pages"].toArray();
        QJsonObject page = pages[1].toObject();
        page["condition"] = "kind ==";
        pages[1] = page;
        bad["pages"] = pages;
        QVERIFY(!isValidSchema(bad, &error));
        page["condition"] = "unknown_field == 1";
        pages[1] = page;
        bad["pages"] = pages;
        QVERIFY(!isValidSchema(bad, &error));
        QVERIFY(error.contains("unknown_field"));
    }

    void demo_catalogue_loads_in_four_languages()
    {
        Catalogue catalogue;
        QString error;
        QVERIFY2(catalogue.load(":/city/catalogue.json", &error), qPrintable(error));
        QVERIFY(catalogue.has("composition-de-menage"));
        for (Lang lang : { Lang::Fr, Lang::Nl, Lang::De, Lang::En }) {
            const QJsonObject s = catalogue.schema("acte-de-naissance", lang);
            QVERIFY(isValidSchema(s, &error));
            // No untranslated {"fr":…} object may leak into a localised schema.
            QVERIFY(!QJsonDocument(s).toJson().contains("\"fr\":"));
        }
        QCOMPARE(catalogue.title("certificat-de-vie", Lang::En), QString("Life certificate"));
        QCOMPARE(catalogue.services(Lang::Fr, "etat-civil", {}).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCityFormValidator)
#include "tst_city_formvalidator.moc"
