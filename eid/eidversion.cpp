// SPDX-License-Identifier: GPL-3.0-or-later
#include "eidversion.h"

#include <openssl/crypto.h>

namespace eid {

std::string cryptoLibraryVersion()
{
    return OpenSSL_version(OPENSSL_VERSION);
}

} // namespace eid
