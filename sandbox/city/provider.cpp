// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "citycontext.h"
#include "payments.h"
#include "router.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString page(const QString& title, const QString& body)
{
    return QStringLiteral(
        "<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
        "<body style=\"font-family:sans-serif;max-width:32em;margin:2em auto\">"
        "<p><b>SandboxPay</b> &middot; paiement sécurisé (simulation)</p><h1>%1</h1>%2"
        "</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

ApiResponse html(const QString& title, const QString& body, int status = 200)
{
    return ApiResponse::raw("text/html; charset=utf-8", page(title, body).toUtf8(), status);
}

QUrlQuery formOf(const ApiRequest& r)
{
    QString body = QString::fromUtf8(r.body);
    body.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrlQuery(body);
}

QString amountText(int cents)
{
    return QStringLiteral("%1,%2 €").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

ApiResponse checkoutForm(CityContext& city, qint64 id, const QString& error)
{
    const QString action = QStringLiteral("/provider/checkout/%1").arg(id);
    QString body = QStringLiteral("<p>Montant : <b>%1</b> &middot; Ville de Namur</p>")
                       .arg(amountText(city.payments->amountCents(id)));
    if (!error.isEmpty())
        body += QStringLiteral("<p id=\"error\" style=\"color:#b00\">%1</p>")
                    .arg(error.toHtmlEscaped());
    body += QStringLiteral(
        "<form method=\"post\" action=\"%1/pay\">"
        "<fieldset><legend>Carte</legend>"
        "<label><input type=\"radio\" name=\"brand\" value=\"bancontact\" checked> "
        "Bancontact / Maestro</label><br>"
        "<label><input type=\"radio\" name=\"brand\" value=\"visa\"> Visa</label><br>"
        "<label><input type=\"radio\" name=\"brand\" value=\"mastercard\"> Mastercard"
        "</label></fieldset>"
        "<p><label>Numéro de carte <input name=\"number\" autocomplete=\"cc-number\" "
        "inputmode=\"numeric\"></label></p>"
        "<p><label>Date d'expiration (MM/AA) <input name=\"expiry\" size=\"5\" "
        "autocomplete=\"cc-exp\"></label></p>"
        "<p><label>Cryptogramme <input name=\"cvc\" size=\"4\" autocomplete=\"cc-csc\">"
        "</label><br><small>Peut rester vide pour une carte Maestro/Bancontact qui n'en "
        "a pas.</small></p>"
        "<p><button id=\"pay\" type=\"submit\">Payer</button></p></form>"
        "<form method=\"post\" action=\"%1/cancel\"><button id=\"cancel\" "
        "type=\"submit\">Annuler et revenir</button></form>"
        "<p><small>Cartes de test : tout numéro valide (Luhn) est accepté ; un numéro "
        "finissant par 0002 est refusé par la banque.</small></p>")
                .arg(action);
    return html(QStringLiteral("Paiement"), body);
}

/** A problem with the card form, in French like the provider's page; empty when fine. */
QString cardProblem(const QUrlQuery& form)
{
    const QString brand = form.queryItemValue("brand", QUrl::FullyDecoded);
    const QString number
        = form.queryItemValue("number", QUrl::FullyDecoded).remove(QLatin1Char(' '));
    const QString cvc = form.queryItemValue("cvc", QUrl::FullyDecoded).trimmed();
    if (!QStringList { "bancontact", "visa", "mastercard" }.contains(brand))
        return QStringLiteral("Choisissez un type de carte.");
    if (!luhnValid(number))
        return QStringLiteral("Numéro de carte non valide.");
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^(\\d\\d)/(\\d\\d)$"))
              .match(form.queryItemValue("expiry", QUrl::FullyDecoded).trimmed());
    const int month = m.captured(1).toInt();
    const QDate end = m.hasMatch() && month >= 1 && month <= 12
        ? QDate(2000 + m.captured(2).toInt(), month, 1).addMonths(1)
        : QDate();
    if (!end.isValid() || end <= QDate::currentDate())
        return QStringLiteral("Date d'expiration non valide ou dépassée.");
    // The FAQ: Maestro/Bancontact cards may have no security code; the others must.
    if (!(brand == QLatin1String("bancontact") && cvc.isEmpty())
        && !QRegularExpression(QStringLiteral("^\\d{3,4}$")).match(cvc).hasMatch())
        return QStringLiteral("Cryptogramme non valide.");
    return {};
}

ApiResponse finish(CityContext& city, qint64 id, const QString& outcome)
{
    city.payments->browserReturned(id, outcome);
    QUrl back(city.payments->returnUrl(id));
    QUrlQuery q(back);
    q.addQueryItem("payment_id", QString::number(id));
    q.addQueryItem("status", PaymentService::statusFor(outcome));
    back.setQuery(q);
    return ApiResponse::redirect(back.toString(QUrl::FullyEncoded));
}

} // namespace

bool luhnValid(const QString& input)
{
    QString number = input;
    number.remove(QLatin1Char(' '));
    if (number.size() < 12 || number.size() > 19)
        return false;
    int sum = 0;
    for (int i = 0; i < number.size(); ++i) {
        const QChar c = number.at(number.size() - 1 - i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

void addProviderRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    // Every step first checks the payment is still open: a finished one shows its result.
    const auto openPayment = [c](ApiRequest& r, qint64* id) -> bool {
        *id = r.param("id").toLongLong();
        return *id > 0 && c->payments->status(*id) == QLatin1String("pending");
    };
    const auto closed = [c](qint64 id) {
        const QString s = c->payments->status(id);
        return html(QStringLiteral("Paiement"),
            s.isEmpty() ? QStringLiteral("<p>Paiement inconnu.</p>")
                        : QStringLiteral("<p id=\"state\">Ce paiement est : %1.</p>").arg(s),
            s.isEmpty() ? 404 : 200);
    };

    router.add("GET", "/provider/checkout/{id}", [c, openPayment, closed](ApiRequest& r) {
        qint64 id = 0;
        return openPayment(r, &id) ? checkoutForm(*c, id, {}) : closed(id);
    });
    router.add("GET", "/provider/qr/{id}",
        [](ApiRequest& r) { return ApiResponse::redirect("/provider/checkout/" + r.param("id")); });
    router.add("POST", "/provider/checkout/{id}/pay", [c, openPayment, closed](ApiRequest& r) {
        qint64 id = 0;
        if (!openPayment(r, &id))
            return closed(id);
        const QUrlQuery form = formOf(r);
        const QString problem = cardProblem(form);
        if (!problem.isEmpty())
            return checkoutForm(*c, id, problem);
        if (form.queryItemValue("number", QUrl::FullyDecoded)
                .remove(' ')
                .endsWith(QLatin1String("0002")))
            return finish(*c, id, "decline");
        return html(QStringLiteral("3-D Secure"),
            QStringLiteral("<p>Votre banque confirme le paiement de %1.</p>"
                           "<form method=\"post\" action=\"/provider/checkout/%2/3ds\">"
                           "<button id=\"approve\" name=\"outcome\" value=\"accept\">"
                           "Confirmer</button> "
                           "<button id=\"refuse\" name=\"outcome\" value=\"decline\">"
                           "Refuser</button></form>")
                .arg(amountText(c->payments->amountCents(id)))
                .arg(id));
    });
    router.add("POST", "/provider/checkout/{id}/3ds", [c, openPayment, closed](ApiRequest& r) {
        qint64 id = 0;
        if (!openPayment(r, &id))
            return closed(id);
        const QString outcome = formOf(r).queryItemValue("outcome", QUrl::FullyDecoded);
        return finish(*c, id, outcome == QLatin1String("accept") ? "accept" : "decline");
    });
    router.add("POST", "/provider/checkout/{id}/cancel", [c, openPayment, closed](ApiRequest& r) {
        qint64 id = 0;
        if (!openPayment(r, &id))
            return closed(id);
        c->payments->notification(id, "cancel");
        return finish(*c, id, "cancel");
    });
    router.add("GET", "/provider/return", [](ApiRequest& r) {
        return html(QStringLiteral("Retour"),
            QStringLiteral("<p>Paiement %1 : %2. Vous pouvez fermer cette page.</p>")
                .arg(r.query.queryItemValue("payment_id").toHtmlEscaped(),
                    r.query.queryItemValue("status").toHtmlEscaped()));
    });
}
