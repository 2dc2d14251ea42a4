// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestprice.h"

#include "forms/formstate.h"

#include <QJsonObject>

qint64 requestPriceCents(qint64 servicePriceCents, const FormState& form)
{
    // The payload is what the city sees: hidden fields are not in it, so a hidden "copies"
    // does not multiply, exactly as on the city's side.
    const int copies = form.payload().value(QLatin1String("copies")).toVariant().toString().toInt();
    return (servicePriceCents + form.totalPriceCents()) * (copies > 0 ? copies : 1);
}
