// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class FormState;

/**
 * What the city will ask for a request, computed as the city does (docs/api/openapi.yaml,
 * POST /requests): the service's price plus the price of each chosen option, times the
 * `copies` field when the form has one. Shown on the review page before sending; the city's
 * basket stays the amount actually paid.
 */
qint64 requestPriceCents(qint64 servicePriceCents, const FormState& form);
