// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include "verify/certificate.h"
#include "verify/productionroots.h"

#include <fstream>
#include <iterator>
#include <openssl/bio.h>
#include <openssl/pem.h>

namespace eid {

TrustStore TrustStore::production()
{
    TrustStore store;
    for (const char* pem : productionRootPems())
        store.addPem(pem);
    return store;
}

namespace {

std::string rrnSubjectRule(const std::string& pem)
{
    static const std::string key = "RRN-Subject:";
    std::size_t at = 0;
    while ((at = pem.find(key, at)) != std::string::npos) {
        if (at == 0 || pem[at - 1] == '\n') {
            std::size_t begin = pem.find_first_not_of(" \t", at + key.size());
            std::size_t end = pem.find_first_of("\r\n", at);
            if (begin != std::string::npos && begin < end)
                return pem.substr(begin, end == std::string::npos ? end : end - begin);
        }
        at += key.size();
    }
    return TrustStore::kProductionRrnSubject;
}

} // namespace

bool TrustStore::addPem(const std::string& pem)
{
    const std::string rule = rrnSubjectRule(pem);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    bool added = false;
    while (bio) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        const int length = i2d_X509(certificate.get(), nullptr);
        if (length <= 0)
            break;
        Bytes der(static_cast<std::size_t>(length));
        unsigned char* out = der.data();
        i2d_X509(certificate.get(), &out);
        m_roots.push_back(std::move(der));
        m_rrnSubjects.push_back(rule);
        added = true;
    }
    return added;
}

bool TrustStore::addPemFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return false;
    const std::string pem((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    return addPem(pem);
}

bool TrustStore::addDer(const Bytes& der, const std::string& rrnSubject)
{
    if (!parseCertificateDer(der))
        return false;
    m_roots.push_back(der);
    m_rrnSubjects.push_back(rrnSubject);
    return true;
}

std::string TrustStore::rrnSubjectOf(const Bytes& rootDer) const
{
    for (std::size_t i = 0; i < m_roots.size(); ++i) {
        if (m_roots[i] == rootDer)
            return m_rrnSubjects[i];
    }
    return {};
}

} // namespace eid
