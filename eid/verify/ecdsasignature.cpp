// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecdsasignature.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

#include <memory>

namespace eid {

Bytes ecdsaRawToDer(const Bytes& raw)
{
    if (raw.empty() || raw.size() % 2 != 0)
        return {};
    const int half = static_cast<int>(raw.size() / 2);
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(ECDSA_SIG_new(), &ECDSA_SIG_free);
    BIGNUM* r = BN_bin2bn(raw.data(), half, nullptr);
    BIGNUM* s = BN_bin2bn(raw.data() + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    Bytes der(static_cast<std::size_t>(length));
    unsigned char* out = der.data();
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

Bytes ecdsaDerToRaw(const Bytes& der, std::size_t partLength)
{
    const unsigned char* in = der.data();
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(
        d2i_ECDSA_SIG(nullptr, &in, static_cast<long>(der.size())), &ECDSA_SIG_free);
    if (!sig)
        return {};
    Bytes raw(partLength * 2);
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), raw.data(), static_cast<int>(partLength)) < 0
        || BN_bn2binpad(
               ECDSA_SIG_get0_s(sig.get()), raw.data() + partLength, static_cast<int>(partLength))
            < 0)
        return {};
    return raw;
}

} // namespace eid
