"""Fixed reference data of the demo shop: who the shop is, its VAT rates, work
types, price list, message templates and known errors.

Kept apart from the generator (`demo_data`) so the generator reads as logic
and this file reads as a catalogue anyone can edit. Money is in minor units of
the shop currency (SEK, öre)."""

from __future__ import annotations

SHOP_CURRENCY = "SEK"

SHOP = {
    "legal_name": "Västkust IT-Support AB",
    "trading_name": "Västkust IT",
    "street": "Lindholmspiren 7A",
    "postcode": "417 56",
    "city": "Göteborg",
    "country": "SE",
    "vat_id": "SE559321478501",
    "registration": "Org.nr 559321-4785, säte Göteborg. Godkänd för F-skatt.",
    "legal_id": "5593214785",
    "legal_id_scheme": "0007",
    "iban": "SE4550000000058398257466",
    "bic": "ESSESESS",
    "bank_name": "SEB",
    "email": "support@vastkust-it.se",
    "phone": "+46 31 780 12 00",
    "website": "https://vastkust-it.se",
    "accent_color": "#0F6E6E",
    "default_currency": SHOP_CURRENCY,
    "document_language": "sv",
    "rounding_increment_min": 15,
    "rounding_mode": "up",
    "rounding_scope": "entry",
    "minimum_charge_min": 0,
    "ticket_number_pattern": "T{YYYY}-{seq:05}",
    "embed_e_invoice": True,
}

# code, name, rate_bp, EN 16931 category, exemption reason
TAX_RATES = [
    ("SE25", "Moms 25 %", 2500, "S", None),
    ("SE12", "Moms 12 % (reducerad)", 1200, "S", None),
    ("SE6", "Moms 6 % (böcker, tidskrifter)", 600, "S", None),
    ("Z0", "Nollskattesats", 0, "Z", None),
    ("E0", "Undantagen från moms", 0, "E", "Exempt from VAT, Mervärdesskattelagen 10 kap."),
    (
        "AE",
        "Omvänd betalningsskyldighet (EU)",
        0,
        "AE",
        "Reverse charge, Article 196 Council Directive 2006/112/EC",
    ),
    (
        "O",
        "Utanför EU:s momsområde",
        0,
        "O",
        "Services outside the scope of EU VAT (place of supply outside the EU)",
    ),
]

# code, name, rate factor (bp of the remote rate), on_site, billable
WORK_TYPES = [
    ("remote", "Remote support", 10000, False, True),
    ("onsite", "On-site support", 11500, True, True),
    ("project", "Project work", 11000, False, True),
    ("emergency", "After-hours emergency", 20000, False, True),
    ("workshop", "Workshop repair", 9000, False, True),
    ("internal", "Internal / admin", 0, False, False),
]

# Remote hourly rate per currency (minor units) before and after the rate
# change one year ago; other work types scale it by their factor above.
BASE_RATES = {
    "SEK": (95000, 100000),
    "EUR": (8900, 9500),
    "PLN": (38000, 40000),
    "GBP": (7500, 8000),
    "CHF": (9500, 10000),
    "JPY": (13500, 14500),
}

# Demo exchange rates for catalogue prices: one öre is worth num/den minor
# units of the currency. Fixed on purpose: the demo must be reproducible.
FX_FROM_SEK = {
    "SEK": (1, 1),
    "EUR": (88, 1000),
    "PLN": (370, 1000),
    "GBP": (75, 1000),
    "CHF": (82, 1000),
    "JPY": (14, 100),
}

# sku, name, unit, cost (öre), price (öre), tax code
PRODUCTS = [
    ("SSD-500-SATA", 'SSD 500 GB SATA 2.5" (Samsung 870 EVO)', "pc", 54900, 79900, "SE25"),
    ("SSD-1TB-NVME", "SSD 1 TB NVMe M.2 (WD Black SN770)", "pc", 79900, 114900, "SE25"),
    ("SSD-2TB-NVME", "SSD 2 TB NVMe M.2 (Samsung 990 Pro)", "pc", 159900, 219900, "SE25"),
    ("RAM-8-DDR4", "RAM 8 GB DDR4-3200 SO-DIMM", "pc", 24900, 39900, "SE25"),
    ("RAM-16-DDR4", "RAM 16 GB DDR4-3200 SO-DIMM", "pc", 39900, 64900, "SE25"),
    ("RAM-32-DDR5", "RAM 32 GB DDR5-5600 SO-DIMM", "pc", 99900, 149900, "SE25"),
    ("CAB-CAT6-2", "Patch cable Cat 6 U/UTP 2 m", "pc", 2900, 7900, "SE25"),
    ("CAB-CAT6-5", "Patch cable Cat 6 U/UTP 5 m", "pc", 4900, 11900, "SE25"),
    ("CAB-CAT6A-305", "Installation cable Cat 6A S/FTP, per metre", "m", 690, 1900, "SE25"),
    ("CAB-HDMI-2", "HDMI 2.1 cable 2 m", "pc", 9900, 19900, "SE25"),
    (
        "CAB-USBC-DOCK",
        "USB-C docking station (Lenovo ThinkPad Universal)",
        "pc",
        189900,
        269900,
        "SE25",
    ),
    ("NET-SW-8", "Switch 8-port Gigabit managed (Netgear GS308E)", "pc", 39900, 59900, "SE25"),
    ("NET-AP-U6", "Wi-Fi access point (UniFi U6 Lite)", "pc", 109900, 159900, "SE25"),
    ("UPS-1000", "UPS 1000 VA line-interactive (APC Back-UPS Pro)", "pc", 229900, 319900, "SE25"),
    ("UPS-BATT", "Replacement UPS battery RBC7", "pc", 119900, 169900, "SE25"),
    ("TON-HP-59A", "Toner HP 59A black", "pc", 129900, 169900, "SE25"),
    ("KBD-MOUSE", "Keyboard and mouse set, wireless (Logitech MK295)", "pc", 29900, 44900, "SE25"),
    ("HDD-EXT-4TB", "External backup disk 4 TB USB 3.2", "pc", 99900, 139900, "SE25"),
    ("LIC-M365-BP", "Microsoft 365 Business Premium, user/month", "user", 20900, 25900, "SE25"),
    ("LIC-M365-BS", "Microsoft 365 Business Standard, user/month", "user", 12100, 15900, "SE25"),
    ("LIC-ESET-EP", "ESET Endpoint Security, device/year", "pc", 39900, 54900, "SE25"),
    ("LIC-VEEAM-WS", "Veeam Backup for Workstations, device/year", "pc", 49900, 69900, "SE25"),
    ("LIC-WIN11-PRO", "Windows 11 Pro upgrade licence", "pc", 189900, 249900, "SE25"),
    ("BOOK-SEC", "Handbook: Safe e-mail at work (printed)", "pc", 9900, 19900, "SE6"),
    ("PSU-65W-USBC", "USB-C laptop charger 65 W", "pc", 34900, 49900, "SE25"),
    ("ADP-DP-HDMI", "Adapter DisplayPort to HDMI", "pc", 7900, 17900, "SE25"),
]

# Shop-wide SLA targets in business minutes: priority → (response, resolution)
SLA_DEFAULTS = {
    "urgent": (30, 240),
    "high": (60, 540),
    "normal": (240, 1620),
    "low": (480, 4860),
}
# Tighter targets sold with managed-services contracts.
SLA_MANAGED = {
    "urgent": (15, 120),
    "high": (30, 360),
    "normal": (120, 1080),
    "low": (480, 2700),
}

# month, day, name: holidays the shop keeps that the `holidays` package lacks.
MANUAL_HOLIDAYS = [
    (12, 24, "Julafton (kontoret stängt)"),
    (12, 31, "Nyårsafton (kontoret stängt)"),
    (4, 30, "Valborgsmässoafton (stänger 12:00)"),
]

# Acknowledgement and resolution texts: language → (ack subject, ack body,
# resolution subject, resolution body). Placeholders use str.format names.
TEMPLATES = {
    "en": (
        "[{ticket_number}] We have received your request",
        "Hello {contact_name},\n\nthank you for contacting {shop_name}. Your request "
        '"{title}" has been registered as {ticket_number}. Please quote this number '
        "in any reply.\n\nBest regards,\n{technician_name}",
        "[{ticket_number}] Your request has been resolved",
        'Hello {contact_name},\n\nyour request {ticket_number} "{title}" was resolved '
        "on {resolved_at}.\n\n{resolution}\n\nIf the problem returns, simply reply to "
        "this message.\n\nBest regards,\n{technician_name}",
    ),
    "sv": (
        "[{ticket_number}] Vi har tagit emot ditt ärende",
        "Hej {contact_name},\n\ntack för att du kontaktade {shop_name}. Ditt ärende "
        '"{title}" har registrerats som {ticket_number}. Ange numret när du svarar.'
        "\n\nMed vänliga hälsningar\n{technician_name}",
        "[{ticket_number}] Ditt ärende är löst",
        'Hej {contact_name},\n\nditt ärende {ticket_number} "{title}" löstes '
        "{resolved_at}.\n\n{resolution}\n\nOm felet kommer tillbaka räcker det att svara "
        "på detta meddelande.\n\nMed vänliga hälsningar\n{technician_name}",
    ),
    "pl": (
        "[{ticket_number}] Otrzymaliśmy Państwa zgłoszenie",
        "Dzień dobry {contact_name},\n\ndziękujemy za kontakt z {shop_name}. Zgłoszenie "
        "„{title}” zostało zarejestrowane pod numerem {ticket_number}. Prosimy podawać "
        "ten numer w odpowiedziach.\n\nZ poważaniem\n{technician_name}",
        "[{ticket_number}] Zgłoszenie zostało rozwiązane",
        "Dzień dobry {contact_name},\n\nzgłoszenie {ticket_number} „{title}” zostało "
        "rozwiązane {resolved_at}.\n\n{resolution}\n\nJeśli problem powróci, wystarczy "
        "odpowiedzieć na tę wiadomość.\n\nZ poważaniem\n{technician_name}",
    ),
    "el": (
        "[{ticket_number}] Λάβαμε το αίτημά σας",
        "Γεια σας {contact_name},\n\nευχαριστούμε που επικοινωνήσατε με την {shop_name}. "
        "Το αίτημά σας «{title}» καταχωρίστηκε με αριθμό {ticket_number}. Παρακαλούμε "
        "αναφέρετε τον αριθμό σε κάθε απάντηση.\n\nΜε εκτίμηση,\n{technician_name}",
        "[{ticket_number}] Το αίτημά σας επιλύθηκε",
        "Γεια σας {contact_name},\n\nτο αίτημα {ticket_number} «{title}» επιλύθηκε στις "
        "{resolved_at}.\n\n{resolution}\n\nΑν το πρόβλημα επανεμφανιστεί, απαντήστε "
        "σε αυτό το μήνυμα.\n\nΜε εκτίμηση,\n{technician_name}",
    ),
    "eo": (
        "[{ticket_number}] Ni ricevis vian peton",
        "Saluton {contact_name},\n\ndankon pro via kontakto kun {shop_name}. Via peto "
        "„{title}” estas registrita kiel {ticket_number}. Bonvolu citi tiun numeron en "
        "ĉiu respondo.\n\nKorajn salutojn,\n{technician_name}",
        "[{ticket_number}] Via peto estas solvita",
        "Saluton {contact_name},\n\nvia peto {ticket_number} „{title}” estis solvita je "
        "{resolved_at}.\n\n{resolution}\n\nSe la problemo revenos, simple respondu al ĉi "
        "tiu mesaĝo.\n\nKorajn salutojn,\n{technician_name}",
    ),
}

# language, name, subject, body
CANNED_REPLIES = [
    (
        "en",
        "Remote session link",
        "Remote session for {ticket_number}",
        "Hello {contact_name},\n\nplease open https://get.teamviewer.com/vastkust and tell "
        "me the ID shown. I will connect in a few minutes.\n\n{technician_name}",
    ),
    (
        "en",
        "Waiting for your reply",
        "[{ticket_number}] We need a little more information",
        "Hello {contact_name},\n\nto continue with {ticket_number} we need a screenshot of "
        "the error message. The ticket waits until we hear from you.\n\n{technician_name}",
    ),
    (
        "en",
        "Restart first",
        "[{ticket_number}] Please restart the computer",
        "Hello {contact_name},\n\nplease save your work and restart the computer "
        "(Start → Power → Restart, not Shut down). Tell us if the problem remains."
        "\n\n{technician_name}",
    ),
    (
        "sv",
        "Fjärrsession",
        "Fjärrsession för {ticket_number}",
        "Hej {contact_name},\n\növppna https://get.teamviewer.com/vastkust och läs upp "
        "ID:t som visas. Jag ansluter om några minuter.\n\n{technician_name}",
    ),
    (
        "sv",
        "Väntar på svar",
        "[{ticket_number}] Vi behöver lite mer information",
        "Hej {contact_name},\n\nför att gå vidare med {ticket_number} behöver vi en "
        "skärmbild av felmeddelandet. Ärendet väntar tills vi hör av dig.\n\n{technician_name}",
    ),
    (
        "pl",
        "Sesja zdalna",
        "Sesja zdalna dla {ticket_number}",
        "Dzień dobry {contact_name},\n\nproszę otworzyć https://get.teamviewer.com/vastkust "
        "i podać wyświetlony identyfikator.\n\n{technician_name}",
    ),
]

# title, symptoms, cause, workaround, fix, tags
KB_ARTICLES = [
    (
        "Print jobs stuck in the queue (Print Spooler hangs)",
        "Documents stay 'Spooling' or 'Error'; nothing prints; deleting jobs does nothing.",
        "A corrupt .SHD/.SPL file in the spool folder blocks the Print Spooler service.",
        "Print to PDF and send the file to a colleague whose printer works.",
        "Stop the Print Spooler service, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, "
        "start the service again.",
        "printer,spooler,windows",
    ),
    (
        "Outlook keeps asking for the password (corrupt profile)",
        "Outlook prompts for credentials in a loop; OWA works fine.",
        "Stale cached credentials or a damaged Outlook profile after a password change.",
        "Use Outlook on the web until the profile is fixed.",
        "Remove the MicrosoftOffice16 entries in Credential Manager, create a new Outlook "
        "profile in Control Panel → Mail, set it as default.",
        "outlook,m365,password,profile",
    ),
    (
        "VPN connects but web pages and file shares time out (MTU)",
        "VPN shows connected; ping works; large pages, SMB copies and RDP freeze.",
        "Path MTU too small over PPPoE/4G; packets over ~1400 bytes are dropped.",
        "Use the web portal of the file server.",
        "Lower the tunnel MTU to 1380 (or enable MSS clamping on the firewall) and reconnect.",
        "vpn,mtu,network",
    ),
    (
        "Teams shows a blank white window after an update",
        "New Teams opens to a white window or spins forever.",
        "Damaged WebView2 cache in the Teams package folder.",
        "Use Teams in the browser (teams.microsoft.com).",
        "Quit Teams, reset the app under Settings → Apps → Microsoft Teams → Advanced → "
        "Reset, sign in again.",
        "teams,m365",
    ),
    (
        "OneDrive stops syncing: 'Files can't be synced'",
        "Red cross on the OneDrive icon; files stuck with sync pending.",
        "A path longer than 400 characters or an invalid character in a file name.",
        "Upload the file through the OneDrive web page.",
        "Shorten the path or rename the file; run 'onedrive.exe /reset' if still stuck.",
        "onedrive,sync,m365",
    ),
    (
        "Scan to e-mail fails on the multifunction printer (SMTP auth)",
        "Printer shows 'SMTP authentication error' when scanning to e-mail.",
        "Microsoft 365 disabled basic SMTP authentication for the scanner mailbox.",
        "Scan to a USB stick or a network folder.",
        "Enable authenticated SMTP for the scanner mailbox or use an SMTP relay connector.",
        "printer,scan,smtp,m365",
    ),
    (
        "Laptop does not wake up on the docking station",
        "External monitors stay black after sleep; keyboard on the dock does not respond.",
        "Outdated dock firmware and USB selective suspend.",
        "Unplug and replug the USB-C cable.",
        "Update dock firmware and BIOS; disable USB selective suspend in the power plan.",
        "dock,usb-c,laptop",
    ),
    (
        "BitLocker asks for the recovery key at every start",
        "Blue BitLocker recovery screen after a BIOS update or dock change.",
        "TPM measurements changed (BIOS update, boot order, Thunderbolt setting).",
        "Enter the recovery key from Entra ID / the client's password vault.",
        "Suspend BitLocker before BIOS updates; run 'manage-bde -protectors -enable C:' "
        "after the update.",
        "bitlocker,tpm,security",
    ),
    (
        "Shared mailbox not visible in Outlook",
        "User has Full Access but the shared mailbox does not appear.",
        "Auto-mapping was disabled when the permission was granted.",
        "Open the mailbox in Outlook on the web (Open another mailbox).",
        "Re-grant Full Access with -AutoMapping $true, or add the mailbox manually "
        "under Account Settings.",
        "outlook,exchange,m365",
    ),
    (
        "Network drive letters missing after log-on",
        "Drive letters S: and P: appear with a red cross or not at all.",
        "Logon script runs before the network is ready (fast logon optimisation).",
        "Double-click the drive to reconnect it.",
        "Enable 'Always wait for the network at computer startup and logon' via GPO, or "
        "map drives with Group Policy Preferences.",
        "network,smb,gpo",
    ),
    (
        "Windows Update stuck at 0 % or error 0x80070002",
        "Updates fail repeatedly with 0x80070002 or hang at 0 %.",
        "Corrupt SoftwareDistribution folder.",
        "Postpone updates for 7 days.",
        "Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, restart the "
        "services, run 'DISM /Online /Cleanup-Image /RestoreHealth'.",
        "windows,update",
    ),
    (
        "Wi-Fi drops every few minutes in the meeting room",
        "Laptops lose Wi-Fi briefly; phones are fine.",
        "Aggressive band steering and an old Intel Wi-Fi driver.",
        "Use the cable in the meeting room.",
        "Update the Intel Wi-Fi driver; disable band steering on that SSID.",
        "wifi,network,driver",
    ),
    (
        "Printer prints garbage characters (wrong driver)",
        "Pages full of random characters or PCL code.",
        "A PostScript job sent to a PCL-only queue or a generic driver installed.",
        "Print from another computer.",
        "Install the manufacturer's PCL6 driver and re-create the queue.",
        "printer,driver",
    ),
    (
        "Excel opens files very slowly from the network share",
        "Opening an .xlsx from S: takes a minute; locally it is instant.",
        "Protected View scanning plus a slow DNS lookup of the file server's old name.",
        "Copy the file locally first.",
        "Add the share to Trusted Locations; fix the stale DNS CNAME.",
        "excel,office,network",
    ),
    (
        "Multi-factor sign-in loops after a phone change",
        "Authenticator keeps asking; approval never arrives.",
        "The old phone is still the default MFA method.",
        "Use an SMS code if it is registered.",
        "Admin: require re-registration of MFA for the user, set up the new phone.",
        "mfa,m365,security",
    ),
    (
        "Remote Desktop: 'An internal error has occurred'",
        "RDP to the server fails immediately with an internal error.",
        "Expired self-signed RDP certificate on the server.",
        "Use the console via the hypervisor.",
        "Delete the expired certificate from Remote Desktop certificate store; restart "
        "the Remote Desktop service.",
        "rdp,server,certificate",
    ),
    (
        "Calendar invitations from external senders go to junk",
        "Meeting requests from partners arrive in Junk and cannot be accepted.",
        "The partner's SPF/DKIM fails and the anti-spam policy is strict.",
        "Move the message to Inbox and accept from there.",
        "Add the sender domain to the allowed list; ask the partner to fix SPF.",
        "exchange,spam,calendar",
    ),
    (
        "Backup job fails: 'VSS snapshot could not be created'",
        "Nightly backup reports VSS error 0x8004230F.",
        "A VSS writer is in a failed state after a SQL update.",
        "Run a manual backup after restarting the SQL VSS Writer service.",
        "Restart the failed writers (vssadmin list writers) and update the backup agent.",
        "backup,vss,server",
    ),
    (
        "Laptop battery drains overnight in sleep",
        "Laptop is empty in the morning although it was sleeping.",
        "Modern Standby keeps Wi-Fi and Teams active.",
        "Hibernate instead of sleep.",
        "Set 'Network connectivity in Standby' to Disconnected via power settings.",
        "laptop,battery,power",
    ),
    (
        "Cannot access shared folder: 'You might not have permission'",
        "\\\\server\\share works for colleagues, not for one user.",
        "User was removed from the security group; cached Kerberos ticket.",
        "Access the file through a colleague temporarily.",
        "Add the user back to the group, then 'klist purge' and log off and on.",
        "smb,permissions,active directory",
    ),
    (
        "Phishing e-mail clicked: first steps",
        "User entered the password on a fake Microsoft page.",
        "Credential phishing.",
        "Disconnect the computer from the network.",
        "Reset the password, revoke sessions, check inbox rules and sign-in logs, run a full "
        "scan, report to the client's manager.",
        "security,phishing,m365",
    ),
]
