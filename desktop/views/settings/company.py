"""Company profile, logo and accent colour: what every invoice and visit
report prints about the shop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.record_rules import country_choices, currency_choices
from desktop.services.shop import settings as shop_settings
from desktop.services.shop import setup as shop_setup
from desktop.views.i18n import babel_locale
from desktop.views.settings.form import (
    FieldForm,
    StatusLabel,
    button,
    save_in_unit_of_work,
    stack_cards,
)

# Invoices print the logo at most about 60 × 25 mm; 600 × 250 px is plenty
# and keeps the stored PNG small.
LOGO_MAX_WIDTH = 600
LOGO_MAX_HEIGHT = 250


def scaled_logo_png(path: str | Path) -> bytes | None:
    """The picture at `path` scaled to fit the logo box, as PNG bytes; None
    when it is not a picture Qt can read."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > LOGO_MAX_WIDTH or image.height() > LOGO_MAX_HEIGHT:
        image = image.scaled(
            LOGO_MAX_WIDTH,
            LOGO_MAX_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class CompanySection(QWidget):
    """The company profile form, the logo and the accent colour."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.profile_exists = False
        self.card = FieldForm(
            self.tr("Company profile"),
            self.tr("These details print on every invoice and visit report."),
        )
        card = self.card
        self.edits: dict[str, QLineEdit] = {}
        for key, label in (
            ("legal_name", self.tr("Legal name")),
            ("trading_name", self.tr("Trading name")),
            ("street", self.tr("Street")),
            ("postcode", self.tr("Postcode")),
            ("city", self.tr("City")),
        ):
            self.edits[key] = card.add_field(key, label, QLineEdit())
        locale = babel_locale()
        self.country_combo = QComboBox()
        for code, name in country_choices(locale):
            self.country_combo.addItem(f"{name} ({code})", code)
        card.add_field("country", self.tr("Country"), self.country_combo)
        for key, label, hint in (
            ("vat_id", self.tr("VAT id"), ""),
            ("registration", self.tr("Company registration"), ""),
            (
                "legal_id",
                self.tr("Registration number"),
                self.tr("The organisation number alone; e-invoices carry it."),
            ),
            (
                "legal_id_scheme",
                self.tr("Number scheme"),
                self.tr("ISO 6523 code of the register, e.g. 0007 for Sweden."),
            ),
            (
                "iban",
                self.tr("IBAN"),
                self.tr(
                    "Printed on invoices. EUR invoices get the EPC payment QR code; "
                    "CHF invoices to clients in Switzerland or Liechtenstein get the "
                    "Swiss QR-bill when this is a CH or LI IBAN (a QR-IBAN too)."
                ),
            ),
            ("bic", self.tr("BIC"), ""),
            ("bank_name", self.tr("Bank"), ""),
            ("email", self.tr("Email"), ""),
            ("phone", self.tr("Phone"), ""),
            ("website", self.tr("Website"), ""),
        ):
            self.edits[key] = card.add_field(key, label, QLineEdit(), hint)
        self.currency_combo = QComboBox()
        for code, name in currency_choices(locale):
            self.currency_combo.addItem(f"{code} — {name}", code)
        card.add_field("currency", self.tr("Currency"), self.currency_combo)

        self.accent_edit = QLineEdit()
        self.accent_edit.setMaximumWidth(110)
        self.accent_edit.textChanged.connect(self._show_swatch)
        self.swatch = QLabel()
        self.swatch.setFixedSize(28, 22)
        pick = button(self.tr("Choose…"))
        pick.clicked.connect(self.choose_colour)
        accent_row = QWidget()
        row = QHBoxLayout(accent_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.accent_edit)
        row.addWidget(self.swatch)
        row.addWidget(pick)
        row.addStretch(1)
        card.add_field(
            "accent_color", self.tr("Accent colour"), accent_row, target=self.accent_edit
        )

        self.embed_check = QCheckBox(self.tr("Embed the e-invoice (EN 16931 XML) in invoice PDFs"))
        card.add_field(
            "embed_e_invoice",
            "",
            self.embed_check,
            self.tr("One file for people and accounting software (Factur-X / ZUGFeRD)."),
        )

        self.status = StatusLabel()
        self.save_button = button(self.tr("Save profile"), "primaryButton")
        self.save_button.clicked.connect(self.save)
        card.add_buttons(self.save_button, status=self.status)

        self.logo_card = FieldForm(
            self.tr("Logo"),
            self.tr(
                "A PNG or JPEG picture, printed at the top of invoices. "
                "Large pictures are scaled down."
            ),
        )
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setMinimumSize(240, 100)
        self.logo_card.add_field("logo", "", self.logo_preview)
        self.logo_status = StatusLabel()
        self.choose_logo_button = button(self.tr("Choose picture…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = button(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(lambda: self.store_logo(None))
        self.logo_card.add_buttons(
            self.choose_logo_button, self.remove_logo_button, status=self.logo_status
        )

        stack_cards(self, card, self.logo_card)
        self.load()

    # -- reading ----------------------------------------------------------

    def load(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_settings.company_profile(session)
        self.profile_exists = profile is not None
        self.logo_card.setEnabled(self.profile_exists)
        if profile is None:
            self.card.note.setText(
                self.tr("This database has no company profile yet: fill it in and save.")
            )
            self.accent_edit.setText("#1F5A96")
            self._show_logo(None)
            return
        data = profile.data
        for key, edit in self.edits.items():
            value = profile.trading_name if key == "trading_name" else getattr(data, key)
            edit.setText(value or "")
        self._select(self.country_combo, data.country)
        self._select(self.currency_combo, data.default_currency)
        self.accent_edit.setText(profile.accent_color)
        self.embed_check.setChecked(profile.embed_e_invoice)
        self._show_logo(profile.logo_png)

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- saving -----------------------------------------------------------

    def shop_input(self, document_language: str) -> shop_setup.ShopInput:
        def text(key: str) -> str:
            return self.edits[key].text().strip()

        def optional(key: str) -> str | None:
            return text(key) or None

        return shop_setup.ShopInput(
            legal_name=text("legal_name"),
            country=self.country_combo.currentData() or "",
            default_currency=self.currency_combo.currentData() or "",
            street=text("street"),
            postcode=text("postcode"),
            city=text("city"),
            vat_id=optional("vat_id"),
            registration=optional("registration"),
            legal_id=optional("legal_id"),
            legal_id_scheme=optional("legal_id_scheme"),
            iban=optional("iban"),
            bic=optional("bic"),
            bank_name=optional("bank_name"),
            email=optional("email"),
            phone=optional("phone"),
            website=optional("website"),
            document_language=document_language,
        )

    def save(self) -> bool:
        def action(session: Session) -> None:
            current = shop_settings.company_profile(session)
            language = current.data.document_language if current else "en"
            shop_settings.save_company_profile(
                session,
                self.shop_input(language),
                trading_name=self.edits["trading_name"].text(),
                accent_color=self.accent_edit.text().strip(),
                embed_e_invoice=self.embed_check.isChecked(),
            )

        if not save_in_unit_of_work(self.sessions, self.card, action):
            self.status.clear()
            return False
        self.profile_exists = True
        self.logo_card.setEnabled(True)
        self.card.note.setText(self.tr("These details print on every invoice and visit report."))
        self.status.flash(self.tr("Profile saved."))
        return True

    # -- accent colour ----------------------------------------------------

    def _show_swatch(self, text: str) -> None:
        colour = QColor(text.strip())
        border = "#8895A7"
        fill = colour.name() if colour.isValid() and len(text.strip()) == 7 else "transparent"
        self.swatch.setStyleSheet(
            f"background: {fill}; border: 1px solid {border}; border-radius: 4px;"
        )

    def choose_colour(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self.accent_edit.text().strip() or "#1F5A96"), self, self.tr("Accent colour")
        )
        if colour.isValid():
            self.accent_edit.setText(colour.name().upper())

    # -- logo -------------------------------------------------------------

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str | Path) -> bool:
        png = scaled_logo_png(path)
        if png is None:
            self.logo_card.show_errors({"logo": self.tr("This file is not a PNG or JPEG picture.")})
            return False
        return self.store_logo(png)

    def store_logo(self, png: bytes | None) -> bool:
        ok = save_in_unit_of_work(
            self.sessions, self.logo_card, lambda session: shop_settings.set_logo(session, png)
        )
        if ok:
            self._show_logo(png)
            self.logo_status.flash(self.tr("Logo saved.") if png else self.tr("Logo removed."))
        return ok

    def _show_logo(self, png: bytes | None) -> None:
        self.remove_logo_button.setEnabled(bool(png))
        if not png:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.logo_preview.setPixmap(
            pixmap.scaled(
                240,
                100,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
