// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbackend.h"

#include "eidreader.h"
#include "logging/logcategories.h"

#include <QStringList>

namespace {

class PcscCardBackend : public CardBackend
{
public:
    explicit PcscCardBackend(const QStringList& extraTrustRoots)
    {
        for (const QString& path : extraTrustRoots) {
            if (!m_verify.trust.addPemFile(path.toStdString()))
                qCWarning(lcCard) << "extra trust root not loaded:" << path;
        }
    }

    ~PcscCardBackend() override { stopMonitor(); }

    void startMonitor(std::function<void(const eid::CardEvent&)> callback) override
    {
        stopMonitor();
        m_monitor = std::make_unique<eid::CardMonitor>(std::move(callback));
        m_monitor->start();
    }

    void stopMonitor() override
    {
        if (m_monitor) {
            m_monitor->stop();
            m_monitor.reset();
        }
    }

    eid::Result<eid::CardReading> read(
        const std::string& reader, const eid::ProgressCallback& progress) override
    {
        // Only what a procedure needs: identity, address and the RRN certificate. No screen
        // shows the photo, so it stays on the card (14 fewer APDUs); so do the citizen's
        // other certificates.
        eid::ReadOptions options;
        options.photo = false;
        return eid::EidReader::read(reader, options, m_verify, progress);
    }

    void resetCards() override
    {
        if (eid::Status failed = eid::EidReader::resetCards(std::string()))
            qCWarning(lcCard) << "card reset failed:" << eid::errorCodeName(failed->code);
    }

private:
    eid::VerifyOptions m_verify;
    std::unique_ptr<eid::CardMonitor> m_monitor;
};

} // namespace

std::unique_ptr<CardBackend> makePcscCardBackend(const QStringList& extraTrustRoots)
{
    return std::make_unique<PcscCardBackend>(extraTrustRoots);
}
