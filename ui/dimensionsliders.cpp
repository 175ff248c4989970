// SPDX-License-Identifier: MIT
#include "dimensionsliders.h"

#include "sigmaslider.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

namespace latent {

DimensionSliders::DimensionSliders(QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_area(new QScrollArea(this))
{
    m_filter->setPlaceholderText(tr("Filter dimensions (e.g. 12)"));
    m_filter->setClearButtonEnabled(true);
    auto* reset = new QPushButton(tr("Reset all"), this);
    reset->setToolTip(tr("Back to the seed's own values: unpins every dimension and zeroes the directions"));
    m_area->setWidgetResizable(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Values in standard deviations of the prior"), this));
    layout->addLayout(filterRow);
    layout->addWidget(m_area, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &DimensionSliders::applyFilter);
    connect(reset, &QPushButton::clicked, this, &DimensionSliders::resetRequested);
}

void DimensionSliders::rebuild(int latentDim)
{
    m_rows.clear();
    auto* host = new QWidget;
    auto* grid = new QGridLayout(host);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < latentDim; ++i) {
        Row row;
        row.widget = new QWidget(host);
        auto* line = new QHBoxLayout(row.widget);
        line->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(QStringLiteral("z %1").arg(i), row.widget);
        name->setMinimumWidth(44);
        row.slider = sigmaslider::make(row.widget);
        row.value = new QLabel(sigmaslider::text(0.0), row.widget);
        row.value->setMinimumWidth(56);
        row.pin = new QCheckBox(tr("pin"), row.widget);
        row.pin->setToolTip(tr("Keep this value when the seed changes"));
        line->addWidget(name);
        line->addWidget(row.slider, 1);
        line->addWidget(row.value);
        line->addWidget(row.pin);
        grid->addWidget(row.widget, i, 0);
        connect(row.slider, &QSlider::valueChanged, this, [this, i](int position) {
            const double sigma = sigmaslider::sigmaAt(position);
            m_rows[std::size_t(i)].value->setText(sigmaslider::text(sigma));
            Q_EMIT moved(i, sigma);
        });
        connect(row.slider, &QSlider::sliderReleased, this, &DimensionSliders::released);
        m_rows.push_back(row);
    }
    grid->setRowStretch(latentDim, 1);
    m_area->setWidget(host); // deletes the old rows
    applyFilter();
}

void DimensionSliders::showValues(const std::vector<float>& sigmas)
{
    for (std::size_t i = 0; i < m_rows.size() && i < sigmas.size(); ++i) {
        const QSignalBlocker block(m_rows[i].slider);
        m_rows[i].slider->setValue(sigmaslider::positionOf(sigmas[i]));
        m_rows[i].value->setText(sigmaslider::text(sigmas[i]));
    }
}

void DimensionSliders::setValue(int index, double sigma)
{
    if (index >= 0 && std::size_t(index) < m_rows.size())
        m_rows[std::size_t(index)].slider->setValue(sigmaslider::positionOf(sigma));
}

bool DimensionSliders::isPinned(int index) const
{
    return index >= 0 && std::size_t(index) < m_rows.size() && m_rows[std::size_t(index)].pin->isChecked();
}

void DimensionSliders::unpinAll()
{
    for (Row& row : m_rows)
        row.pin->setChecked(false);
}

void DimensionSliders::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].widget->setVisible(text.isEmpty() || QString::number(i).contains(text));
}

} // namespace latent
