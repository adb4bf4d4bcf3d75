#pragma once

#include "llm/ApiKeyStore.h"
#include "llm/PriceTable.h"
#include "llm/ProviderConfig.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// Settings > Model: the provider, its address and model, timeouts, retries and
// the circuit breaker, the API key (to the system keychain only; the page says
// when there is no keychain and CLAIMDESK_LLM_API_KEY is used instead), the
// price table, and a connection test.
class ModelSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSettingsPage)

public:
    explicit ModelSettingsPage(QWidget* parent = nullptr);

    ProviderConfig config() const;
    // Empty when the prices are valid; otherwise what is wrong.
    QString pricesProblem() const;
    PriceTable prices() const;
    void save() const;

private:
    // One row of the price table as typed.
    struct PriceRow
    {
        enum State
        {
            Valid,
            Blank, // ignored
            Invalid // a name without both amounts, or amounts without a name
        } state
            = Valid;
        QString model;
        PriceTable::Price price;
    };
    PriceRow priceRow(int row) const;
    void providerChanged();
    void showKeyState(const QString& key, ApiKeyStore::Source source, const QString& problem);
    void storeKey();
    void testConnection();

    ApiKeyStore* m_keys;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_apiVersion = nullptr;
    QLineEdit* m_embeddingModel = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QSpinBox* m_readTimeout = nullptr;
    QSpinBox* m_totalTimeout = nullptr;
    QSpinBox* m_attempts = nullptr;
    QSpinBox* m_breakerThreshold = nullptr;
    QSpinBox* m_breakerCooldown = nullptr;
    QLineEdit* m_key = nullptr;
    QPushButton* m_storeKey = nullptr;
    QPushButton* m_removeKey = nullptr;
    QLabel* m_keyState = nullptr;
    QLineEdit* m_currency = nullptr;
    QTableWidget* m_prices = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QString m_storedKey; // for the connection test only; never written anywhere
    LlmClient* m_testClient = nullptr;
    QPointer<LlmCall> m_testCall;
};

} // namespace ClaimDesk
