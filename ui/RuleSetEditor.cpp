#include "RuleSetEditor.h"

#include "UiTr.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClaimDesk {

RuleSetEditor::RuleSetEditor(const RuleSet& rules, QWidget* parent)
    : QWidget(parent)
    , m_original(rules.toJson())
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("rulesText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(m_original));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* load = new QPushButton(UiTr::tr("&Load file..."), this);
    auto* checkButton = new QPushButton(UiTr::tr("C&heck"), this);
    auto* defaults = new QPushButton(UiTr::tr("Restore &defaults"), this);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, UiTr::tr("Load a rules file"), QString(), UiTr::tr("Rules (*.json)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_result->setText(UiTr::tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        setText(f.readAll());
        (void)check();
    });
    connect(checkButton, &QPushButton::clicked, this, [this] { (void)check(); });
    connect(
        defaults, &QPushButton::clicked, this, [this] { setText(RuleSet::defaults().toJson()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(checkButton);
    buttons->addWidget(defaults);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        UiTr::tr("Every threshold, weight and rate of the decision rules. Give the set a new "
                 "version when you change it; each decision records the version it used. "
                 "Open claims are re-scored when the rules change."),
        this));
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
}

QByteArray RuleSetEditor::text() const
{
    return m_editor->toPlainText().toUtf8();
}

void RuleSetEditor::setText(const QByteArray& json)
{
    m_editor->setPlainText(QString::fromUtf8(json));
}

bool RuleSetEditor::isModified() const
{
    return text() != m_original;
}

Result<RuleSet> RuleSetEditor::check()
{
    auto rules = RuleSet::fromJson(text());
    if (rules)
        m_result->setText(UiTr::tr("Rule set %1 is valid.").arg(rules->version));
    else
        m_result->setText(rules.error());
    m_result->setStyleSheet(rules ? QString() : QStringLiteral("color: #c62828;"));
    return rules;
}

} // namespace ClaimDesk
