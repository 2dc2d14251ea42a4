// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests on the sandbox city shared by the API tests (tests/e2e/api): the demo citizen's
// paying request, and a request's status. Api is any client with
// `call(method, path[, body])` returning a reply with `data()` (ApiClient).

#include <QJsonObject>
#include <QString>

/** A certificat de résidence for the demo citizen: one copy, picked up, 3,00 € to pay. */
inline QJsonObject pricedRequestBody()
{
    return { { "service", "certificat-de-residence" },
        { "data",
            QJsonObject { { "beneficiary", "me" }, { "purpose", "administration" },
                { "copies", "1" }, { "delivery", "pickup" },
                { "email", "demo@namur.example" } } } };
}

/** Files pricedRequestBody() with api's session; the new request's id ("" if refused). */
template <typename Api> QString filePricedRequest(Api& api)
{
    return api.call("POST", "/requests", pricedRequestBody()).data()["id"].toString();
}

/** The status id of request `id` ("awaiting_payment", "in_process", …) as api sees it. */
template <typename Api> QString requestStatusOf(Api& api, const QString& id)
{
    return api.call("GET", "/requests/" + id).data()["status"].toObject()["id"].toString();
}
