#include "ModelSettingsPage.h"

#include "UiTr.h"
#include "llm/LlmCall.h"
#include "llm/LlmClient.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

QSpinBox* seconds(int ms, int max, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, max);
    box->setValue(std::max(1, ms / 1000));
    box->setSuffix(UiTr::tr(" s"));
    return box;
}

} // namespace

ModelSettingsPage::ModelSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_keys(new ApiKeyStore(this))
{
    QSettings settings;
    const ProviderConfig c = ProviderConfig::load(settings);
    const PriceTable prices = PriceTable::load(settings);

    m_provider = new QComboBox(this);
    m_provider->addItem(
        UiTr::tr("Offline (no model: templates and rules)"), providerCode(ProviderKind::Offline));
    m_provider->addItem(UiTr::tr("OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)"),
        providerCode(ProviderKind::OpenAi));
    m_provider->addItem(UiTr::tr("Azure OpenAI"), providerCode(ProviderKind::Azure));
    m_provider->addItem(UiTr::tr("Anthropic"), providerCode(ProviderKind::Anthropic));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerCode(c.kind))));
    m_url = new QLineEdit(c.baseUrl.toString(), this);
    m_model = new QLineEdit(c.model, this);
    m_apiVersion = new QLineEdit(c.apiVersion, this);
    m_embeddingModel = new QLineEdit(c.embeddingModel, this);
    m_embeddingModel->setObjectName(QStringLiteral("embeddingModel"));
    m_embeddingModel->setToolTip(
        UiTr::tr("With an embedding model, the policy library ranks clauses "
                 "by meaning as well as by words. Documents imported before "
                 "are ranked by words until they are imported again."));
    m_connectTimeout = seconds(c.connectTimeoutMs, 600, this);
    m_readTimeout = seconds(c.readTimeoutMs, 3600, this);
    m_totalTimeout = seconds(c.totalTimeoutMs, 3600, this);
    m_attempts = new QSpinBox(this);
    m_attempts->setRange(1, 20);
    m_attempts->setValue(c.maxAttempts);
    m_breakerThreshold = new QSpinBox(this);
    m_breakerThreshold->setRange(1, 1000);
    m_breakerThreshold->setValue(c.breakerThreshold);
    m_breakerCooldown = seconds(c.breakerCooldownMs, 3600, this);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(UiTr::tr("Paste a new key to store it"));
    m_storeKey = new QPushButton(UiTr::tr("&Store in keychain"), this);
    m_removeKey = new QPushButton(UiTr::tr("&Remove"), this);
    m_keyState = new QLabel(this);
    m_keyState->setObjectName(QStringLiteral("keyState"));
    m_keyState->setWordWrap(true);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_removeKey);

    m_currency = new QLineEdit(prices.currency(), this);
    m_currency->setMaxLength(8);
    m_prices = new QTableWidget(0, 3, this);
    m_prices->setHorizontalHeaderLabels({ UiTr::tr("Model (or name prefix)"),
        UiTr::tr("Input per 1M tokens"), UiTr::tr("Output per 1M tokens") });
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_prices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_prices->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (auto it = prices.prices().cbegin(); it != prices.prices().cend(); ++it) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_prices->setItem(row, 1, new QTableWidgetItem(PriceTable::formatMicros(it->inPerMillion)));
        m_prices->setItem(
            row, 2, new QTableWidgetItem(PriceTable::formatMicros(it->outPerMillion)));
    }
    auto* addPrice = new QPushButton(UiTr::tr("&Add price"), this);
    auto* removePrice = new QPushButton(UiTr::tr("Remove price"), this);
    connect(addPrice, &QPushButton::clicked, this, [this] {
        m_prices->insertRow(m_prices->rowCount());
        m_prices->editItem(m_prices->item(m_prices->rowCount() - 1, 0));
    });
    connect(removePrice, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0)
            m_prices->removeRow(m_prices->currentRow());
    });
    auto* priceButtons = new QHBoxLayout;
    priceButtons->addWidget(addPrice);
    priceButtons->addWidget(removePrice);
    priceButtons->addStretch();

    m_test = new QPushButton(UiTr::tr("&Test connection"), this);
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto* form = new QFormLayout;
    form->addRow(UiTr::tr("&Provider"), m_provider);
    form->addRow(UiTr::tr("Server &URL"), m_url);
    form->addRow(UiTr::tr("&Model"), m_model);
    form->addRow(UiTr::tr("Azure API &version"), m_apiVersion);
    form->addRow(UiTr::tr("&Embedding model"), m_embeddingModel);
    form->addRow(UiTr::tr("API key"), keyRow);
    form->addRow(QString(), m_keyState);
    form->addRow(UiTr::tr("Connect timeout"), m_connectTimeout);
    form->addRow(UiTr::tr("Read timeout"), m_readTimeout);
    form->addRow(UiTr::tr("Total timeout"), m_totalTimeout);
    form->addRow(UiTr::tr("Attempts (first try and retries)"), m_attempts);
    form->addRow(UiTr::tr("Pause calls after this many failures"), m_breakerThreshold);
    form->addRow(UiTr::tr("Pause for"), m_breakerCooldown);
    form->addRow(UiTr::tr("Price &currency"), m_currency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_prices, 1);
    layout->addLayout(priceButtons);
    layout->addLayout(testRow);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ModelSettingsPage::providerChanged);
    connect(m_storeKey, &QPushButton::clicked, this, &ModelSettingsPage::storeKey);
    connect(m_removeKey, &QPushButton::clicked, this, [this] { m_keys->remove(config().kind); });
    connect(m_keys, &ApiKeyStore::keyRead, this,
        [this](ProviderKind kind, const QString& key, ApiKeyStore::Source source,
            const QString& problem) {
            if (kind == config().kind)
                showKeyState(key, source, problem);
        });
    connect(m_keys, &ApiKeyStore::written, this, [this](ProviderKind kind, const QString& error) {
        if (!error.isEmpty())
            m_keyState->setText(
                UiTr::tr("The key was not stored: %1. Where no keychain service runs, "
                         "set CLAIMDESK_LLM_API_KEY instead.")
                    .arg(error));
        else
            m_keys->read(kind);
    });
    connect(m_test, &QPushButton::clicked, this, &ModelSettingsPage::testConnection);
    providerChanged();
}

ProviderConfig ModelSettingsPage::config() const
{
    ProviderConfig c;
    c.kind = providerFromCode(m_provider->currentData().toString());
    c.baseUrl = QUrl(m_url->text().trimmed());
    c.model = m_model->text().trimmed();
    c.apiVersion = m_apiVersion->text().trimmed();
    c.embeddingModel = m_embeddingModel->text().trimmed();
    c.connectTimeoutMs = m_connectTimeout->value() * 1000;
    c.readTimeoutMs = m_readTimeout->value() * 1000;
    c.totalTimeoutMs = m_totalTimeout->value() * 1000;
    c.maxAttempts = m_attempts->value();
    c.breakerThreshold = m_breakerThreshold->value();
    c.breakerCooldownMs = m_breakerCooldown->value() * 1000;
    return c;
}

ModelSettingsPage::PriceRow ModelSettingsPage::priceRow(int row) const
{
    auto text = [&](int col) {
        const QTableWidgetItem* item = m_prices->item(row, col);
        return item ? item->text().trimmed() : QString();
    };
    PriceRow r;
    r.model = text(0);
    const auto in = PriceTable::parseAmount(text(1));
    const auto out = PriceTable::parseAmount(text(2));
    if (r.model.isEmpty() && text(1).isEmpty() && text(2).isEmpty())
        r.state = PriceRow::Blank;
    else if (r.model.isEmpty() || !in || !out)
        r.state = PriceRow::Invalid;
    else
        r.price = { *in, *out };
    return r;
}

PriceTable ModelSettingsPage::prices() const
{
    PriceTable t;
    t.setCurrency(m_currency->text().trimmed());
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        if (const PriceRow r = priceRow(row); r.state == PriceRow::Valid)
            t.setPrice(r.model, r.price);
    }
    return t;
}

QString ModelSettingsPage::pricesProblem() const
{
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        if (priceRow(row).state == PriceRow::Invalid)
            return UiTr::tr("Price row %1: a model name and two amounts such as 2.50 are needed")
                .arg(row + 1);
    }
    return {};
}

void ModelSettingsPage::save() const
{
    QSettings settings;
    config().save(settings);
    prices().save(settings);
}

void ModelSettingsPage::providerChanged()
{
    const ProviderKind kind = config().kind;
    const bool online = kind != ProviderKind::Offline;
    for (QWidget* w : std::initializer_list<QWidget*> { m_url, m_model, m_key, m_connectTimeout,
             m_readTimeout, m_totalTimeout, m_attempts, m_breakerThreshold, m_breakerCooldown,
             m_test, m_storeKey, m_removeKey })
        w->setEnabled(online);
    m_apiVersion->setEnabled(kind == ProviderKind::Azure);
    m_embeddingModel->setEnabled(kind == ProviderKind::OpenAi || kind == ProviderKind::Azure);
    m_embeddingModel->setPlaceholderText(kind == ProviderKind::Anthropic
            ? UiTr::tr("Anthropic offers no embeddings")
            : UiTr::tr("none: clauses found by words (e.g. text-embedding-3-small)"));
    m_url->setPlaceholderText(kind == ProviderKind::Azure
            ? QStringLiteral("https://NAME.openai.azure.com")
            : kind == ProviderKind::Anthropic ? QStringLiteral("https://api.anthropic.com")
                                              : QStringLiteral("https://api.openai.com/v1"));
    m_model->setPlaceholderText(
        kind == ProviderKind::Azure ? UiTr::tr("deployment name") : UiTr::tr("model name"));
    m_testResult->clear();
    m_storedKey.clear();
    if (!online) {
        m_keyState->setText(
            UiTr::tr("ClaimDesk works fully offline: summaries, replies and decisions "
                     "come from templates and rules."));
        return;
    }
    m_keyState->setText(UiTr::tr("Looking for the key..."));
    m_keys->read(kind);
}

void ModelSettingsPage::showKeyState(
    const QString& key, ApiKeyStore::Source source, const QString& problem)
{
    m_storedKey = key;
    switch (source) {
    case ApiKeyStore::Source::Keychain:
        m_keyState->setText(UiTr::tr("A key is stored in the system keychain."));
        break;
    case ApiKeyStore::Source::Environment:
        m_keyState->setText(UiTr::tr("The key comes from the CLAIMDESK_LLM_API_KEY environment "
                                     "variable (%1).")
                                .arg(problem));
        break;
    case ApiKeyStore::Source::None:
        m_keyState->setText(UiTr::tr(
            "No key (%1). Where no keychain service runs (a headless machine), set "
            "CLAIMDESK_LLM_API_KEY before starting ClaimDesk. Local servers such as Ollama "
            "need no key.")
                                .arg(problem));
        break;
    }
}

void ModelSettingsPage::storeKey()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    m_key->clear(); // not kept in the widget either
    m_keyState->setText(UiTr::tr("Storing..."));
    m_keys->write(config().kind, key);
}

void ModelSettingsPage::testConnection()
{
    if (m_testCall)
        m_testCall->cancel();
    delete m_testClient;
    ProviderConfig c = config();
    c.maxAttempts = 1;
    c.totalTimeoutMs = std::min(c.totalTimeoutMs, 30'000);
    m_testClient = new LlmClient(c, m_storedKey, this);
    LlmRequest r;
    r.operation = LlmOperation::Chat;
    r.promptVersion = QStringLiteral("connection-test");
    r.maxTokens = 5;
    r.messages.append({ LlmMessage::Role::User, QStringLiteral("Reply with OK."), {} });
    m_testResult->setText(UiTr::tr("Testing..."));
    m_test->setEnabled(false);
    m_testCall = m_testClient->send(r);
    connect(m_testCall, &LlmCall::finished, this, [this](const LlmOutcome& o) {
        m_test->setEnabled(true);
        m_testResult->setText(o.ok()
                ? UiTr::tr("Connected: %1 answered in %2 ms.").arg(o.model).arg(o.latencyMs)
                : UiTr::tr("Failed: %1").arg(o.error));
    });
}

} // namespace ClaimDesk
