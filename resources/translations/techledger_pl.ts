<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Podaj ilość.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Ilość może mieć najwyżej trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Ilość nie może być zerowa.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Ilość jest za duża.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Cofnij (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Jedna pozycja na wpis</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Jedna pozycja na zgłoszenie</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Jedna pozycja na wizytę</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Jedna pozycja na rodzaj pracy</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zarejestruj płatność</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Faktura %1 · %2 · do zapłaty %3</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Wycofaj płatność</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Dla płatności wpisanej przez pomyłkę. Pozostaje w zapisach; dodawane jest wycofanie na tę samą kwotę z Twoim powodem, a saldo się aktualizuje.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Płatność</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>np. zaksięgowana na złej fakturze</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Wybierz płatność do wycofania.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Podaj, dlaczego płatność jest wycofywana; powód zostanie zapisany.</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Wykorzystaj nadpłatę</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Nadpłata z wcześniejszych płatności: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 do zapłaty</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Kwota (%1)</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Klient nie ma otwartej faktury, na którą można ją przenieść.</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Zwróć nadpłatę</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>np. odesłane przelewem</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Podaj, dlaczego lub jak zwrócono pieniądze; zostanie to zapisane.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Otrzymano dnia</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Sposób</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Tytuł / referencja</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>np. linia z wyciągu bankowego</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Korekta do %1</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>&amp;Cała faktura (to, co z niej zostało)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Wybrane pozycje i ilości</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Uznanie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Zafakturowano</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Drukowany na korekcie</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Przywróć skorygowaną pracę jako &amp;do zafakturowania</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Czas i materiały z całkowicie skorygowanych pozycji wracają do niezafakturowanej pracy, więc można je zafakturować ponownie (np. według poprawionej stawki).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>Data &amp;wystawienia</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Skorygowano netto: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Skorygowano netto: %1 (plus VAT)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Pozycja %1: %2</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Zaznacz pozycje do skorygowania.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Podaj, dlaczego faktura jest korygowana; powód zostanie wydrukowany.</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Koniec miesiąca</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Tworzy i wystawia jedną fakturę na klienta z niezafakturowaną pracą lub należną opłatą. Każdy klient jest zapisywany osobno: anulowanie zachowuje wystawione dotąd faktury, a resztę zostawia niezafakturowaną.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Okres &amp;od</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Okres &amp;do</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Pozycje</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Wystaw faktury w ostatnim dniu okresu lub później.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Hasło serwera poczty</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Zapamiętaj je w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Jest przechowywane tylko w pamięci, do zamknięcia TechLedger.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Serwer poczty…</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Podaj adres, na który wysłać fakturę.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Serwer poczty nie jest jeszcze skonfigurowany: najpierw użyj „Serwer poczty…”.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Ten komputer nie ma magazynu haseł (keyring), więc TechLedger nie może zapamiętać hasła serwera poczty i nigdy nie zapisuje go na dysku. Wpisz je na tę sesję.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Wysyłanie faktury</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>ilość %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>cena jednostkowa %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Zmień pozycję %1: %2</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Dodaj pozycję: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Dodaj rabat: %1</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Usuń pozycję %1 („%2”)</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Usuń ten szkic (jego praca znów będzie niezafakturowana)</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ustaw uwagi na: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Wystaw szkic z datą %1</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>ktoś inny go usunął</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>ktoś inny wystawił go jako %1</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>zmienione pozycje: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>dodane pozycje: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>usunięte pozycje: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>zmienione uwagi</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>razem teraz %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Ktoś inny zmienił ten szkic po jego otwarciu</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Twoja zmiana (jeszcze niezapisana)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Wczytaj ich wersję i ponów moją zmianę</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Odrzuć moją zmianę</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Szkic już nie istnieje, więc Twojej zmiany nie można zapisać. Skopiuj, czego potrzebujesz.</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Ten szkic został już przez nich wystawiony: nie można go zmienić. Popraw go korektą.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Twoja zmiana nie została zapisana, więc nic z ich wersji nie zostało nadpisane. Tutaj widać ich zapisaną wersję z zaznaczonymi zmianami; szkic w Twojej postaci zostaje poniżej. Ponów swoją zmianę na ich wersji albo ją odrzuć.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniona</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Ich wersja: szkic został usunięty</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Ich zapisany szkic: liczba pozycji %1, razem %2</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Ich uwagi (zmienione): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Ich uwagi: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Zapisz pozycję</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Zapisz pozycję (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Porzuć zmiany (Esc)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Pozycja %1</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Nowy rabat</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>szt.</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>kwota rabatu</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Dodaj rabat</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Pozycja wymaga opisu.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Podaj jednostkę, np. h lub szt.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Wystaw</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Usuń szkic</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Płatność…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Korekta…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Wróć do listy (lub porzuć wpisywaną pozycję)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Uwagi drukowane na fakturze</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Zapisz uwagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Szkic faktury — bez numeru do czasu wystawienia</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Korekta %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Netto %1 · VAT %2</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Wykonana praca</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 pozycji; wybierz jedną, aby ją zmienić</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Skorygowano</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>Nadpłata %1</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Nadpłata wykorzystana</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Nadpłata przeniesiona</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Nadpłata klienta</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 z wcześniejszych płatności może opłacić tę fakturę (Płatność ▸ Wykorzystaj nadpłatę…)</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Korekty</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Koryguje</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Tworzenie PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Nie udało się utworzyć PDF: %1</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 strona</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>Stron: %1</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Usunięto pozycję %1; jej praca znów jest niezafakturowana.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Wystawiono fakturę %1.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Ktoś inny usunął tę pozycję; w razie potrzeby dodaj swoją jako nową pozycję.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Ktoś inny usunął szkic; Twoja zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Twoja zmiana została odrzucona; szkic pokazuje zapisaną wersję.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Wysłano %1 do %2.</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Wykorzystaj nadpłatę…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Wycofaj płatność…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Płatność wycofana; saldo zaktualizowane.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Nadpłata wykorzystana; saldo zaktualizowane.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Wystawiono korektę %1 (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Wybierz fakturę, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Opłaty cykliczne za okresy zaczynające się od tego dnia</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Praca wykonana do tego dnia włącznie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Szkic faktury</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Koniec miesiąca…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Szukaj numeru, klienta lub statusu…</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Zarejestruj wpłatę za tę fakturę</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Skoryguj tę fakturę fakturą korygującą</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Jeszcze nie zamykano miesiąca. Zacznij skrótem Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Praca niezafakturowana</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Wszystkie faktury</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>Klienci z niezafakturowaną pracą: %1 · %2 godz. do %3</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Wybierz klienta, dla którego utworzyć szkic faktury.</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Wszystko jest już na szkicu; oto on.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Tworzenie szkicu faktury</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Usunięto szkic dla %1; jego praca znów jest niezafakturowana.</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Szkic dla %1 nie został usunięty: ktoś inny zmienił go po jego otwarciu (%2). Otwórz go, aby zobaczyć ich wersję, i usuń go ponownie, jeśli nadal ma zniknąć.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>Gotowe: %1 z %2 klientów — ostatni: %3</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>wystawione faktury: %1</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>w tym tylko za pracę pokrytą pakietem godzin lub umową (nic do zapłaty): %1</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>problemy do sprawdzenia: %1</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>anulowano: pozostali klienci zostają niezafakturowani</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Zamknięcie miesiąca zatrzymało się: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Najstarszy</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Szacunek</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Nie można utworzyć szkicu</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>wpisy czasu: %1, materiały: %2</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Niezafakturowane od %1 dni</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Ilość i jednostka</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Cena jednostkowa (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Kwota netto (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Celowo: faktura wymienia godziny pokryte pakietem godzin lub umową klienta; klient nic za nią nie płaci.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Wystawiono %1 — nic do zapłaty: pokryte pakietem godzin lub umową</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Wystawiono %1</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Nic do zafakturowania</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Przekroczone</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>U dostawcy</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Dostawca spóźniony</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TechLedger</source>
        <translation>O programie TechLedger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Schemat bazy danych</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s newest: %2)</source>
        <translation>%1 (najnowszy w tej wersji: %2)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Qt / Python</source>
        <translation>Qt / Python</translation>
    </message>
    <message>
        <source>Invoices and reports embed the DejaVu Sans font, shipped under this licence:</source>
        <translation>Faktury i raporty osadzają czcionkę DejaVu Sans, dostarczaną na tej licencji:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was saved. What you typed is still here: press OK to try again.</source>
        <translation>Ktoś inny zmienił to zgłoszenie w tej samej chwili, więc nic nie zostało zapisane. Wpisany tekst wciąż tu jest: naciśnij OK, aby spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Utwórz kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Tworzenie lub przywracanie kopii już trwa.</translation>
    </message>
    <message>
        <source>This window is connected to a shared PostgreSQL server. Back the server up with pg_dump (see docs/shared-database.md); the app backs up SQLite files only.</source>
        <translation>To okno jest połączone ze współdzielonym serwerem PostgreSQL. Kopię serwera wykonaj narzędziem pg_dump (zob. docs/shared-database.md); aplikacja tworzy kopie tylko plików SQLite.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Tworzenie kopii bazy danych…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MiB).</source>
        <translation>Kopia zapisana w %1 (%2 MiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) rotated out.</source>
        <translation>
            <numerusform>Usunięto %n starą kopię.</numerusform>
            <numerusform>Usunięto %n stare kopie.</numerusform>
            <numerusform>Usunięto %n starych kopii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Operacja się nie powiodła: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>TechLedger databases (*.db);;All files (*)</source>
        <translation>Bazy danych TechLedger (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? The current data is kept as a backup first.</source>
        <translation>Zastąpić dane w %1 kopią %2? Obecne dane zostaną najpierw zachowane jako kopia.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>To jest sama baza danych, a nie jej kopia.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii…</translation>
    </message>
    <message>
        <source>Restoring — this step cannot be cancelled…</source>
        <translation>Przywracanie — tego kroku nie można anulować…</translation>
    </message>
    <message>
        <source>Restoring from backup…</source>
        <translation>Przywracanie z kopii…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Przywrócono z %1.</translation>
    </message>
    <message>
        <source>The data it held before is kept in %1.</source>
        <translation>Wcześniejsze dane są zachowane w %1.</translation>
    </message>
    <message>
        <source>⚠ Database on a network drive</source>
        <translation>⚠ Baza danych na dysku sieciowym</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1.</source>
        <translation>Automatyczna kopia zapisana w %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Automatyczna kopia się nie powiodła: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Business hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>The shop&apos;s working week. SLA clocks run only inside these hours (unless a contract has hours of its own) and work outside them can carry an after-hours rate.</source>
        <translation>Tydzień pracy firmy. Zegary SLA biegną tylko w tych godzinach (chyba że umowa ma własne), a praca poza nimi może mieć stawkę pozagodzinową.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>nieczynne</translation>
    </message>
    <message>
        <source>Type the opening hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00 with a lunch break. Leave a day empty when the shop is closed.</source>
        <translation>Wpisz godziny otwarcia np. 08:00–17:00 albo 08:00–12:00, 13:00–17:00 z przerwą obiadową. Zostaw dzień pusty, gdy firma jest nieczynna.</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Zapisz godziny pracy</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Dni wolne</translation>
    </message>
    <message>
        <source>The country&apos;s public holidays are known already; add the shop&apos;s own days off (a bridge day, the company outing).</source>
        <translation>Święta państwowe są już znane; dodaj własne dni wolne firmy (dzień pomostowy, wyjazd integracyjny).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Dodaj dzień wolny</translation>
    </message>
    <message>
        <source>Default SLA targets</source>
        <translation>Domyślne cele SLA</translation>
    </message>
    <message>
        <source>In business hours, for tickets whose contract sets no targets of its own. 0 means no target for that priority.</source>
        <translation>W godzinach pracy, dla zgłoszeń, których umowa nie ma własnych celów. 0 oznacza brak celu dla tego priorytetu.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Save SLA targets</source>
        <translation>Zapisz cele SLA</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Business hours saved; open tickets updated.</source>
        <translation>Zapisano godziny pracy; otwarte zgłoszenia zaktualizowane.</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Dodano dzień wolny.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Usunięto dzień wolny.</translation>
    </message>
    <message>
        <source>SLA targets saved; open tickets updated.</source>
        <translation>Zapisano cele SLA; otwarte zgłoszenia zaktualizowane.</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Products and services used as material on visits and tickets. With a markup the price follows the cost; without one the price is fixed. A deactivated product leaves the pickers but keeps its history.</source>
        <translation>Produkty i usługi używane jako materiały w wizytach i zgłoszeniach. Z narzutem cena podąża za kosztem; bez niego cena jest stała. Wyłączony produkt znika z list wyboru, ale zachowuje historię.</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Szukaj po nazwie lub SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Narzut</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Optional; unique when given.</source>
        <translation>Opcjonalne; unikalne, jeśli podane.</translation>
    </message>
    <message>
        <source>e.g. pc, m, h, licence</source>
        <translation>np. szt., m, h, licencja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Markup over cost (%)</source>
        <translation>Narzut na koszt (%)</translation>
    </message>
    <message>
        <source>Empty: the price below is fixed. With a markup it follows the cost.</source>
        <translation>Puste: cena poniżej jest stała. Z narzutem podąża za kosztem.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Empty: the shop&apos;s standard rate.</source>
        <translation>Puste: stawka podstawowa firmy.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <source>— the shop&apos;s standard rate —</source>
        <translation>— stawka podstawowa firmy —</translation>
    </message>
    <message>
        <source>Showing %1 of %2; type to narrow the list.</source>
        <translation>Pokazano %1 z %2; pisz, aby zawęzić listę.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produkt zapisany.</translation>
    </message>
    <message>
        <source>Product deactivated.</source>
        <translation>Produkt wyłączony.</translation>
    </message>
    <message>
        <source>Product reactivated.</source>
        <translation>Produkt włączony ponownie.</translation>
    </message>
</context>
<context>
    <name>ClientCreditTab</name>
    <message>
        <source>Apply…</source>
        <translation>Wykorzystaj…</translation>
    </message>
    <message>
        <source>Pay one of the client&apos;s open invoices from it</source>
        <translation>Opłać z niej jedną z otwartych faktur klienta</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Zwróć…</translation>
    </message>
    <message>
        <source>Record money sent back to the client</source>
        <translation>Zapisz pieniądze zwrócone klientowi</translation>
    </message>
    <message>
        <source>Credit from earlier payments</source>
        <translation>Nadpłata z wcześniejszych płatności</translation>
    </message>
    <message>
        <source>Paid beyond the total on: %1</source>
        <translation>Zapłacono ponad kwotę na: %1</translation>
    </message>
    <message>
        <source>Money paid beyond an invoice&apos;s total shows here.</source>
        <translation>Tu pojawiają się kwoty zapłacone ponad wartość faktury.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nadpłata</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Nadpłata %1</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Time and materials</source>
        <translation>Czas i materiały</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Pakiety godzin</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Okresowa</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Usługi zarządzane</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Otrzymuje</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Dodaj lokalizację</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokalizacje</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nadpłata</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Umowy</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Ulica</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Miasto</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>K&amp;raj</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>N&amp;IP / VAT</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Waluta</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Język dokumentów</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Termin &amp;płatności</translation>
    </message>
    <message>
        <source>The shop&apos;s rounding</source>
        <translation>Zaokrąglanie firmy</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Round t&amp;ime to</source>
        <translation>Zaokrąglaj &amp;czas do</translation>
    </message>
    <message>
        <source>The shop&apos;s direction</source>
        <translation>Kierunek firmy</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Do najbliższej</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Rounding &amp;direction</source>
        <translation>&amp;Kierunek zaokrąglania</translation>
    </message>
    <message>
        <source>e.g. 1:00 — empty uses the shop&apos;s minimum</source>
        <translation>np. 1:00 — puste: minimum firmy</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Minimalna opłata</translation>
    </message>
    <message>
        <source>e.g. 95.00 — empty uses the shop&apos;s rates</source>
        <translation>np. 95.00 — puste oznacza stawki firmy</translation>
    </message>
    <message>
        <source>Default hourly &amp;rate</source>
        <translation>Domyślna &amp;stawka godzinowa</translation>
    </message>
    <message>
        <source>Show raw time next to billed time</source>
        <translation>Pokazuj czas surowy obok rozliczonego</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Uw&amp;agi</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved. They are still here: copy what you need, then Cancel and open the client again to see the other changes.</source>
        <translation>Ktoś inny zmienił tego klienta po jego otwarciu, więc Twoje zmiany nie zostały zapisane. Wciąż tu są: skopiuj, czego potrzebujesz, potem Anuluj i otwórz klienta ponownie, aby zobaczyć inne zmiany.</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Ktoś inny zmienił tego klienta po jego otwarciu, więc Twoje zmiany nie zostały jeszcze zapisane. Obie wersje są pokazane poniżej: zaznacz wartości do przejęcia z tamtej albo zachowaj wszystkie swoje, potem naciśnij OK, aby zapisać.</translation>
    </message>
    <message>
        <source>the shop&apos;s</source>
        <translation>jak w firmie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edytuj klienta</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowanych</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Przywróć z archiwum</translation>
    </message>
    <message>
        <source>Contacts and sites of %1</source>
        <translation>Kontakty i lokalizacje: %1</translation>
    </message>
    <message>
        <source>Select a client to see its contacts and sites.</source>
        <translation>Wybierz klienta, aby zobaczyć jego kontakty i lokalizacje.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>No clients yet — click New client to add your first.</source>
        <translation>Nie ma jeszcze klientów — kliknij Nowy klient, aby dodać pierwszego.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importowane)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumna %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Data zakończenia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Godzina zakończenia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Czas trwania</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Klient</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Technik</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">E-mail technika</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Rodzaj pracy</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Zadanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Opis</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Do rozliczenia</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Stawka godzinowa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Kwota</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Stawka ryczałtowa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Waluta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Tagi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Kraj</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">NIP / VAT</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Termin płatności (dni)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Uwagi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rola</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Kontakt do rozliczeń</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Jednostka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Cena</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Koszt</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Stawka VAT</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company profile</source>
        <translation>Profil firmy</translation>
    </message>
    <message>
        <source>These details print on every invoice and visit report.</source>
        <translation>Te dane są drukowane na każdej fakturze i raporcie z wizyty.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa prawna</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Nazwa handlowa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>NIP / VAT</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Numer rejestrowy (KRS/REGON)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>The organisation number alone; e-invoices carry it.</source>
        <translation>Sam numer organizacji; e-faktury go zawierają.</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>Schemat numeru</translation>
    </message>
    <message>
        <source>ISO 6523 code of the register, e.g. 0007 for Sweden.</source>
        <translation>Kod rejestru ISO 6523, np. 0007 dla Szwecji.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Printed with a payment QR code on invoices.</source>
        <translation type="vanished">Drukowany z kodem QR płatności na fakturach.</translation>
    </message>
    <message>
        <source>Printed on invoices. EUR invoices get the EPC payment QR code; CHF invoices to clients in Switzerland or Liechtenstein get the Swiss QR-bill when this is a CH or LI IBAN (a QR-IBAN too).</source>
        <translation>Drukowany na fakturach. Faktury w EUR dostają kod płatności QR EPC; faktury w CHF dla klientów w Szwajcarii lub Liechtensteinie dostają szwajcarski QR-bill, gdy jest to IBAN CH lub LI (także QR-IBAN).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Kolor akcentu</translation>
    </message>
    <message>
        <source>Embed the e-invoice (EN 16931 XML) in invoice PDFs</source>
        <translation>Osadzaj e-fakturę (XML EN 16931) w plikach PDF faktur</translation>
    </message>
    <message>
        <source>One file for people and accounting software (Factur-X / ZUGFeRD).</source>
        <translation>Jeden plik dla ludzi i programów księgowych (Factur-X / ZUGFeRD).</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Zapisz profil</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed at the top of invoices. Large pictures are scaled down.</source>
        <translation>Obraz PNG lub JPEG drukowany u góry faktur. Duże obrazy są pomniejszane.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <source>This database has no company profile yet: fill it in and save.</source>
        <translation>Ta baza danych nie ma jeszcze profilu firmy: wypełnij go i zapisz.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Zapisano profil.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Ten plik nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Zapisano logo.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Usunięto logo.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Two versions of this client</source>
        <translation>Dwie wersje tego klienta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Two versions of this record</source>
        <translation>Dwie wersje tego rekordu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoja</translation>
    </message>
    <message>
        <source>Theirs (tick to take)</source>
        <translation>Ich (zaznacz, aby przejąć)</translation>
    </message>
    <message>
        <source>Use the ticked values</source>
        <translation>Użyj zaznaczonych wartości</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Zachowaj wszystkie moje wartości</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Receives invoices</source>
        <translation>Otrzymuje faktury</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rozliczenia</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Top up…</source>
        <translation>Doładuj…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Zestawienie PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Tworzenie zestawienia…</translation>
    </message>
    <message>
        <source>Statement not saved</source>
        <translation>Zestawienie nie zostało zapisane</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>No contracts yet. Time &amp; materials, prepaid hours, term support and managed services contracts all appear here.</source>
        <translation>Nie ma jeszcze umów. Pojawiają się tu umowy za czas i materiały, pakiety godzin, wsparcie terminowe i usługi zarządzane.</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Pakiety godzin</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Wszystkie umowy</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Aktywne umowy</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Na wyczerpaniu</translation>
    </message>
    <message>
        <source>Including ended</source>
        <translation>Łącznie z zakończonymi</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Księga</translation>
    </message>
    <message>
        <source>Writing the prepaid statement</source>
        <translation>Tworzenie zestawienia pakietu godzin</translation>
    </message>
    <message>
        <source>Select a contract to see its terms.</source>
        <translation>Wybierz umowę, aby zobaczyć jej warunki.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>bezterminowa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stawka godzinowa</translation>
    </message>
    <message>
        <source>balance may go negative</source>
        <translation>saldo może być ujemne</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartał</translation>
    </message>
    <message>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>No prepaid contract is running low.</source>
        <translation>Żaden pakiet godzin nie jest na wyczerpaniu.</translation>
    </message>
    <message>
        <source>No prepaid-hours contracts yet. Add one to a client to sell blocks of hours.</source>
        <translation>Nie ma jeszcze umów z pakietem godzin. Dodaj taką klientowi, aby sprzedawać pakiety godzin.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>Pozostało %1 godz.</translation>
    </message>
    <message>
        <source>Statement saved: %1</source>
        <translation>Zapisano zestawienie: %1</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>Nie udało się zapisać zestawienia: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Hours included</source>
        <translation>Godziny w cenie</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Nadwyżka</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Minimalny zakup</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Obejmuje</translation>
    </message>
    <message>
        <source>Draws hours for</source>
        <translation>Pobiera godziny dla</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Opłata</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>%1 h a week lately</source>
        <translation>ostatnio %1 godz. tygodniowo</translation>
    </message>
    <message>
        <source>runs out about %1</source>
        <translation>skończy się około %1</translation>
    </message>
    <message>
        <source>minimum purchase %1 h</source>
        <translation>minimalny zakup %1 godz.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>billed at %1 an hour</source>
        <translation>rozliczane po %1 za godzinę</translation>
    </message>
    <message>
        <source>%1 active, %2 running low</source>
        <translation>aktywne: %1, na wyczerpaniu: %2</translation>
    </message>
    <message>
        <source>Ledger — %1 · %2</source>
        <translation>Księga — %1 · %2</translation>
    </message>
    <message>
        <source>%1 h expire on %2</source>
        <translation>%1 godz. wygasa %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 za %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Unbilled work</source>
        <translation>Praca niezafakturowana</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Zaległe faktury</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA zagrożone</translation>
    </message>
    <message>
        <source>Prepaid running low</source>
        <translation>Kończące się pakiety godzin</translation>
    </message>
    <message>
        <source>Hours per technician this week</source>
        <translation>Godziny techników w tym tygodniu</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Przychód miesięcznie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>%1 still owed. Unpaid past the due date.</source>
        <translation>%1 wciąż do zapłaty. Nieopłacone po terminie.</translation>
    </message>
    <message>
        <source>Every issued invoice is paid or not yet due.</source>
        <translation>Każda wystawiona faktura jest opłacona albo jeszcze nie wymagalna.</translation>
    </message>
    <message>
        <source>%1 past the target, %2 close to it, of %3 open tickets.</source>
        <translation>%1 po terminie, %2 blisko terminu, spośród %3 otwartych zgłoszeń.</translation>
    </message>
    <message>
        <source>of %1 active prepaid contracts at an alert threshold or used up.</source>
        <translation>z %1 aktywnych pakietów godzin na progu alarmowym lub wyczerpanych.</translation>
    </message>
    <message>
        <source> and %1 more currencies</source>
        <translation> i %1 innych walut</translation>
    </message>
    <message>
        <source>Everything billable is on an invoice.</source>
        <translation>Wszystko, co do rozliczenia, jest na fakturze.</translation>
    </message>
    <message>
        <source>%1 h of work, plus materials, at list rates.</source>
        <translation>%1 godz. pracy plus materiały, według cennika.</translation>
    </message>
    <message>
        <source>Also %1. </source>
        <translation>Także %1. </translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Do rozliczenia</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nie do rozliczenia</translation>
    </message>
    <message>
        <source>%1 h logged since Monday %2.</source>
        <translation>%1 godz. zarejestrowano od poniedziałku %2.</translation>
    </message>
    <message>
        <source>%1: %2 h billable, %3 h not billable</source>
        <translation>%1: %2 godz. do rozliczenia, %3 godz. nie do rozliczenia</translation>
    </message>
    <message>
        <source>Revenue per month, %1 – %2 (net, %3)</source>
        <translation>Przychód miesięcznie, %1 – %2 (netto, %3)</translation>
    </message>
    <message>
        <source>%1 in 12 months.</source>
        <translation>%1 w ciągu 12 miesięcy.</translation>
    </message>
    <message>
        <source>Invoiced in other currencies, not converted: %1.</source>
        <translation>Zafakturowano w innych walutach, bez przeliczenia: %1.</translation>
    </message>
</context>
<context>
    <name>DayEntriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Surowy</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczony</translation>
    </message>
    <message>
        <source>Rounding rule</source>
        <translation>Reguła zaokrąglania</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Nakłada się na inny wpis tego technika.</translation>
    </message>
    <message>
        <source>Preview: what invoicing would bill with today&apos;s rule.</source>
        <translation>Podgląd: co rozliczyłoby fakturowanie według dzisiejszej reguły.</translation>
    </message>
    <message>
        <source>As billed on the invoice.</source>
        <translation>Tak, jak rozliczono na fakturze.</translation>
    </message>
</context>
<context>
    <name>EditTicketDialog</name>
    <message>
        <source>Edit ticket</source>
        <translation>Edytuj zgłoszenie</translation>
    </message>
    <message>
        <source>Two versions of this ticket</source>
        <translation>Dwie wersje tego zgłoszenia</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorytet</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Lokalizacja</translation>
    </message>
    <message>
        <source>(archived) #%1</source>
        <translation>(w archiwum) #%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, and it no longer exists, so your changes were not saved. Copy what you need, then Cancel.</source>
        <translation>Ktoś inny zmienił to zgłoszenie po jego otwarciu i już ono nie istnieje, więc Twoje zmiany nie zostały zapisane. Skopiuj, czego potrzebujesz, potem Anuluj.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Ktoś inny zmienił to zgłoszenie po jego otwarciu, więc Twoje zmiany nie zostały jeszcze zapisane. Obie wersje są pokazane poniżej: zaznacz wartości do przejęcia z tamtej albo zachowaj wszystkie swoje, potem naciśnij OK, aby zapisać.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Pilny</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskaluj</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>e.g. HP, Microsoft, Fortinet</source>
        <translation>np. HP, Microsoft, Fortinet</translation>
    </message>
    <message>
        <source>Vendor&apos;s case number</source>
        <translation>Numer zgłoszenia u dostawcy</translation>
    </message>
    <message>
        <source>The vendor promised a date</source>
        <translation>Dostawca obiecał termin</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Obiecano na</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Poziom 0 · samopomoc</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Poziom 1 · pierwszy kontakt</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Poziom 2 · pogłębiona diagnostyka</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Poziom 3 · specjaliści</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Poziom 4 · dostawca</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Eksport danych</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Skoroszyt Excel (XLSX)</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Gdzie zapisać plik</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Amounts are exact decimals. Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe.</source>
        <translation>Kwoty są dokładnymi liczbami dziesiętnymi. Tekst, który arkusz uruchomiłby jako formułę (zaczynający się od = + - @), jest zapisywany z apostrofem na początku.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksport:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wybierz, gdzie zapisać plik.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportowanie</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Zapisano %1 wierszy do %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksport się nie powiódł: %1</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="vanished">Wpisy czasu</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Faktury</translation>
    </message>
    <message>
        <source>Accounting (invoices, VAT per rate, payments)</source>
        <translation type="vanished">Księgowość (faktury, VAT według stawek, płatności)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Client feedback</source>
        <translation>Opinia klienta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Czeka na klienta</translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation>Czeka na dostawcę</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <source>Time &amp; materials</source>
        <translation>Czas i materiały</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Pakiety godzin</translation>
    </message>
    <message>
        <source>Term support</source>
        <translation>Wsparcie terminowe</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Usługi zarządzane</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiona</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Częściowo zapłacona</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacona</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Skorygowana</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Unieważniona</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Podaj liczbę.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>“%1” is not a number; type it like %2.</source>
        <translation>„%1” nie jest liczbą; wpisz ją np. tak: %2.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>TechLedger user guide</source>
        <translation>Podręcznik użytkownika TechLedger</translation>
    </message>
    <message>
        <source>The user guide was not found at %1.</source>
        <translation>Nie znaleziono podręcznika w %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>&amp;About TechLedger</source>
        <translation>&amp;O programie TechLedger</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(bez opisu)</translation>
    </message>
</context>
<context>
    <name>HelpSite</name>
    <message>
        <source>Client help site: %1 article(s) written to %2.</source>
        <translation>Strona pomocy dla klientów: zapisano artykuły (%1) w %2.</translation>
    </message>
    <message>
        <source>Folder for the client help site</source>
        <translation>Folder strony pomocy dla klientów</translation>
    </message>
    <message>
        <source>The client help site was not written: %1</source>
        <translation>Strona pomocy dla klientów nie została zapisana: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>and %n more</source>
        <translation>i jeszcze %n</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Stare → nowe</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Dla tego rekordu nie zapisano jeszcze żadnych zmian.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n zapisana zmiana, od najnowszej.</numerusform>
            <numerusform>%n zapisane zmiany, od najnowszej.</numerusform>
            <numerusform>%n zapisanych zmian, od najnowszej.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (computer account)</source>
        <translation>%1 (konto komputera)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n pole</numerusform>
            <numerusform>%n pola</numerusform>
            <numerusform>%n pól</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Pozycja faktury</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Numer kolejny</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Koryguje fakturę</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Supplied from</source>
        <translation>Dostawa od</translation>
    </message>
    <message>
        <source>Supplied to</source>
        <translation>Dostawa do</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grupowanie</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Seller details</source>
        <translation>Dane sprzedawcy</translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation>Dane nabywcy</translation>
    </message>
    <message>
        <source>Tamper check</source>
        <translation>Kontrola integralności</translation>
    </message>
    <message>
        <source>Previous tamper check</source>
        <translation>Poprzednia kontrola integralności</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Kategoria VAT</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Powód zwolnienia z VAT</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>Zaokrąglenie VAT</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Czas pracy</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Czas rozliczony</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Okres od</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Okres do</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Koryguje pozycję</translation>
    </message>
    <message>
        <source>Releases the work</source>
        <translation>Zwalnia pracę</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Reverses payment</source>
        <translation>Wycofuje płatność</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Od dnia</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ważne od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Projekt faktury</translation>
    </message>
    <message>
        <source>Invoice line %1</source>
        <translation>Pozycja faktury %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Contract fee</source>
        <translation>Opłata z umowy</translation>
    </message>
    <message>
        <source>Contract work type</source>
        <translation>Rodzaj pracy w umowie</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Cel SLA</translation>
    </message>
    <message>
        <source>Prepaid ledger entry</source>
        <translation>Wpis w księdze pakietu</translation>
    </message>
    <message>
        <source>Rate rule</source>
        <translation>Reguła stawki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Import danych</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>Pierwsze wiersze, tak jak zostaną odczytane</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Sprawdź (na próbę)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>%1 (guessed: the file is not UTF-8; choose its encoding above)</source>
        <translation>%1 (odgadnięte: plik nie jest w UTF-8; wybierz kodowanie powyżej)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 rows</source>
        <translation>%1 — %2, %3, wierszy: %4</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run or import.</source>
        <translation>Sprawdź kolumny, potem uruchom próbę albo import.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importowanie: %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>Można zaimportować %1 z %2 wierszy.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Każdy wiersz można zaimportować.</translation>
    </message>
    <message>
        <source>Imported %1 rows in %2 s.</source>
        <translation>Zaimportowano wierszy: %1 w %2 s.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Fix them in the file, or tick &apos;Skip bad rows&apos;.</source>
        <translation>Nic nie zaimportowano: odrzucono wierszy: %1. Popraw je w pliku albo zaznacz „Pomiń błędne wiersze”.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulowany; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Import się nie powiódł i nic nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Rozpoznaj z nagłówka</translation>
    </message>
    <message>
        <source>Kimai</source>
        <translation type="vanished">Kimai</translation>
    </message>
    <message>
        <source>Toggl Track</source>
        <translation type="vanished">Toggl Track</translation>
    </message>
    <message>
        <source>Clockify</source>
        <translation type="vanished">Clockify</translation>
    </message>
    <message>
        <source>Other CSV (columns by name)</source>
        <translation type="vanished">Inny CSV (kolumny według nazw)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Data zakończenia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Godzina zakończenia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Czas trwania</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Klient</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Technik</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">E-mail technika</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Rodzaj pracy</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Zadanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Opis</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Do rozliczenia</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Stawka godzinowa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Kwota</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Stawka ryczałtowa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Waluta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Tagi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Kraj</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">NIP / VAT</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Termin płatności (dni)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Uwagi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rola</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Kontakt do rozliczeń</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Jednostka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Cena</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Koszt</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Stawka VAT</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Create missing clients</source>
        <translation>Utwórz brakujących klientów</translation>
    </message>
    <message>
        <source>Clients are matched by name, ignoring case. A name TechLedger does not know is created as a new client with the company&apos;s country and currency when this is ticked; otherwise its rows are rejected.</source>
        <translation>Klienci są dopasowywani po nazwie, bez względu na wielkość liter. Gdy to pole jest zaznaczone, nazwa nieznana TechLedger tworzy nowego klienta z krajem i walutą firmy; w przeciwnym razie jego wiersze są odrzucane.</translation>
    </message>
    <message>
        <source>Create missing technicians and work types</source>
        <translation>Utwórz brakujących techników i rodzaje pracy</translation>
    </message>
    <message>
        <source>Users and activities TechLedger does not know are added as technicians and work types when this is ticked; otherwise their rows are rejected.</source>
        <translation>Gdy to pole jest zaznaczone, użytkownicy i czynności nieznane TechLedger są dodawani jako technicy i rodzaje pracy; w przeciwnym razie ich wiersze są odrzucane.</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Rozpoznaj z pliku</translation>
    </message>
    <message>
        <source>Day first (31/03/2026)</source>
        <translation>Najpierw dzień (31/03/2026)</translation>
    </message>
    <message>
        <source>Month first (03/31/2026)</source>
        <translation>Najpierw miesiąc (03/31/2026)</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Pomiń błędne wiersze</translation>
    </message>
    <message>
        <source>Ticked, the good rows are imported and the rejected ones left out. Unticked, nothing is imported while any row is rejected.</source>
        <translation>Gdy zaznaczone, poprawne wiersze są importowane, a odrzucone pomijane. Gdy niezaznaczone, nic nie jest importowane, dopóki jakiś wiersz jest odrzucony.</translation>
    </message>
    <message>
        <source>Rows naming what TechLedger lacks are rejected, unless ticked above;
the dry run lists every name that would be created.</source>
        <translation>Wiersze z nazwami nieznanymi TechLedger są odrzucane, chyba że zaznaczono wyżej;
próba pokazuje każdą nazwę, która zostałaby utworzona.</translation>
    </message>
    <message>
        <source>Work type when none is given:</source>
        <translation>Rodzaj pracy, gdy nie podano:</translation>
    </message>
    <message>
        <source>Dates like 03/02/2026:</source>
        <translation>Daty w rodzaju 03/02/2026:</translation>
    </message>
    <message>
        <source>(no work types yet)</source>
        <translation>(brak rodzajów pracy)</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Wybierz plik, aby zobaczyć jego pierwsze wiersze.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected</source>
        <translation>odczytano wierszy: %1, odrzucono: %2</translation>
    </message>
    <message>
        <source>, %1 h raw time, %2 with the file&apos;s hourly rate, %3 not billable</source>
        <translation>, czas surowy: %1 godz., ze stawką godzinową z pliku: %2, nie do rozliczenia: %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Will be created (%1):</source>
        <translation>Zostanie utworzone (%1):</translation>
    </message>
    <message>
        <source>Created (%1):</source>
        <translation>Utworzono (%1):</translation>
    </message>
    <message>
        <source>Columns not imported (%1):</source>
        <translation>Kolumny niezaimportowane (%1):</translation>
    </message>
</context>
<context>
    <name>ImportSourceForm</name>
    <message>
        <source>Time entries</source>
        <translation>Wpisy czasu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation type="vanished">Automatycznie (UTF-8 lub UTF-16)</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, UTF-16, else Windows-1252)</source>
        <translation>Automatycznie (UTF-8, UTF-16, inaczej Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Wybierz plik CSV…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Zawartość:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Wyeksportowane przez:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Import pliku CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Rozpoznaj z nagłówka</translation>
    </message>
    <message>
        <source>Kimai</source>
        <translation type="vanished">Kimai</translation>
    </message>
    <message>
        <source>Toggl Track</source>
        <translation type="vanished">Toggl Track</translation>
    </message>
    <message>
        <source>Clockify</source>
        <translation type="vanished">Clockify</translation>
    </message>
    <message>
        <source>Other CSV (columns by name)</source>
        <translation type="vanished">Inny CSV (kolumny według nazw)</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Podaj ilość.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Ilość może mieć najwyżej trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Ilość nie może być zerowa.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Ilość jest za duża.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Cofnij (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Jedna pozycja na wpis</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Jedna pozycja na zgłoszenie</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Jedna pozycja na wizytę</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Jedna pozycja na rodzaj pracy</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zarejestruj płatność</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Otrzymano dnia</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Sposób</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Tytuł / referencja</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>np. linia z wyciągu bankowego</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>&amp;Cała faktura (to, co z niej zostało)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Wybrane pozycje i ilości</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Uznanie</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Drukowany na korekcie</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Przywróć skorygowaną pracę jako &amp;do zafakturowania</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Czas i materiały z całkowicie skorygowanych pozycji wracają do niezafakturowanej pracy, więc można je zafakturować ponownie (np. według poprawionej stawki).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>Data &amp;wystawienia</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Koniec miesiąca</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Tworzy i wystawia jedną fakturę na klienta z niezafakturowaną pracą lub należną opłatą. Każdy klient jest zapisywany osobno: anulowanie zachowuje wystawione dotąd faktury, a resztę zostawia niezafakturowaną.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Okres &amp;od</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Okres &amp;do</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Pozycje</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Twoja zmiana została odrzucona; szkic pokazuje zapisaną wersję.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Ktoś inny usunął tę pozycję; w razie potrzeby dodaj swoją jako nową pozycję.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Ktoś inny usunął szkic; Twoja zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>ktoś inny go usunął</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Usuń ten szkic (jego praca znów będzie niezafakturowana)</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>zmienione pozycje: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>dodane pozycje: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>usunięte pozycje: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>zmienione uwagi</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Ktoś inny zmienił ten szkic po jego otwarciu</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Twoja zmiana (jeszcze niezapisana)</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Wczytaj ich wersję i ponów moją zmianę</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Odrzuć moją zmianę</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniona</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Wystaw szkic z datą %1</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>ktoś inny wystawił go jako %1</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>razem teraz %1</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Szkic już nie istnieje, więc Twojej zmiany nie można zapisać. Skopiuj, czego potrzebujesz.</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Ich wersja: szkic został usunięty</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Dodaj pozycję: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Dodaj rabat: %1</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ustaw uwagi na: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Ten szkic został już przez nich wystawiony: nie można go zmienić. Popraw go korektą.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Twoja zmiana nie została zapisana, więc nic z ich wersji nie zostało nadpisane. Tutaj widać ich zapisaną wersję z zaznaczonymi zmianami; szkic w Twojej postaci zostaje poniżej. Ponów swoją zmianę na ich wersji albo ją odrzuć.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>ilość %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>cena jednostkowa %1</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Ich uwagi (zmienione): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Ich uwagi: %1</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Zmień pozycję %1: %2</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Usuń pozycję %1 („%2”)</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Ich zapisany szkic: liczba pozycji %1, razem %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Szkic dla %1 nie został usunięty: ktoś inny zmienił go po jego otwarciu (%2). Otwórz go, aby zobaczyć ich wersję, i usuń go ponownie, jeśli nadal ma zniknąć.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Hasło serwera poczty</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Zapamiętaj je w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Jest przechowywane tylko w pamięci, do zamknięcia TechLedger.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Serwer poczty…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Zafakturowano</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Zaznacz pozycje do skorygowania.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Podaj adres, na który wysłać fakturę.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Serwer poczty nie jest jeszcze skonfigurowany: najpierw użyj „Serwer poczty…”.</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Wysyłanie faktury</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Kwota (%1)</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Korekta do %1</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Skorygowano netto: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Skorygowano netto: %1 (plus VAT)</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Podaj, dlaczego faktura jest korygowana; powód zostanie wydrukowany.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Wystaw faktury w ostatnim dniu okresu lub później.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Ten komputer nie ma magazynu haseł (keyring), więc TechLedger nie może zapamiętać hasła serwera poczty i nigdy nie zapisuje go na dysku. Wpisz je na tę sesję.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Faktura %1 · %2 · do zapłaty %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Pozycja %1: %2</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Zapisz pozycję</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Zapisz pozycję (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Porzuć zmiany (Esc)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Wróć do listy (lub porzuć wpisywaną pozycję)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Uwagi drukowane na fakturze</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Zapisz uwagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Tworzenie PDF…</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>szt.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Wycofaj płatność</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Dla płatności wpisanej przez pomyłkę. Pozostaje w zapisach; dodawane jest wycofanie na tę samą kwotę z Twoim powodem, a saldo się aktualizuje.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Płatność</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>np. zaksięgowana na złej fakturze</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Wykorzystaj nadpłatę</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Zwróć nadpłatę</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>np. odesłane przelewem</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Podaj, dlaczego płatność jest wycofywana; powód zostanie zapisany.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Podaj, dlaczego lub jak zwrócono pieniądze; zostanie to zapisane.</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Wybierz płatność do wycofania.</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Nadpłata z wcześniejszych płatności: %1</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Klient nie ma otwartej faktury, na którą można ją przenieść.</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 do zapłaty</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Wystaw</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Usuń szkic</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Płatność…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Korekta…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Szkic faktury — bez numeru do czasu wystawienia</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Wykonana praca</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Nadpłata wykorzystana</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Nadpłata przeniesiona</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Nadpłata klienta</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 z wcześniejszych płatności może opłacić tę fakturę (Płatność ▸ Wykorzystaj nadpłatę…)</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Wykorzystaj nadpłatę…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Wycofaj płatność…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Płatność wycofana; saldo zaktualizowane.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Nadpłata wykorzystana; saldo zaktualizowane.</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>w tym tylko za pracę pokrytą pakietem godzin lub umową (nic do zapłaty): %1</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 strona</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Nowy rabat</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>kwota rabatu</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Dodaj rabat</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Pozycja wymaga opisu.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Podaj jednostkę, np. h lub szt.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Koryguje</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Usunięto pozycję %1; jej praca znów jest niezafakturowana.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Wystawiono fakturę %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Pozycja %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 pozycji; wybierz jedną, aby ją zmienić</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Skorygowano</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Korekty</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>Stron: %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Korekta %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Netto %1 · VAT %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Nie udało się utworzyć PDF: %1</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF nie został zapisany: %1</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>Nadpłata %1</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Wysłano %1 do %2.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Wystawiono korektę %1 (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Wybierz fakturę, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Opłaty cykliczne za okresy zaczynające się od tego dnia</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Praca wykonana do tego dnia włącznie</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Szukaj numeru, klienta lub statusu…</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Jeszcze nie zamykano miesiąca. Zacznij skrótem Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Praca niezafakturowana</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Wszystkie faktury</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Szkic faktury</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Koniec miesiąca…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Zarejestruj wpłatę za tę fakturę</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Skoryguj tę fakturę fakturą korygującą</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Wybierz klienta, dla którego utworzyć szkic faktury.</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>wystawione faktury: %1</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>anulowano: pozostali klienci zostają niezafakturowani</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Wszystko jest już na szkicu; oto on.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Tworzenie szkicu faktury</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Usunięto szkic dla %1; jego praca znów jest niezafakturowana.</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Zamknięcie miesiąca zatrzymało się: %1</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>problemy do sprawdzenia: %1</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>Klienci z niezafakturowaną pracą: %1 · %2 godz. do %3</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>Gotowe: %1 z %2 klientów — ostatni: %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Najstarszy</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Szacunek</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Ilość i jednostka</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Celowo: faktura wymienia godziny pokryte pakietem godzin lub umową klienta; klient nic za nią nie płaci.</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Nic do zafakturowania</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Nie można utworzyć szkicu</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Niezafakturowane od %1 dni</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Cena jednostkowa (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Kwota netto (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Wystawiono %1 — nic do zapłaty: pokryte pakietem godzin lub umową</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Wystawiono %1</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>wpisy czasu: %1, materiały: %2</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Solved 1 ticket</source>
        <translation>Rozwiązało 1 zgłoszenie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Objawy</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Obejście</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>comma-separated, e.g. printer, m365</source>
        <translation>oddzielone przecinkami, np. drukarka, m365</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <source>For technicians only; never exported</source>
        <translation>Tylko dla techników; nigdy nie eksportowane</translation>
    </message>
    <message>
        <source>Search symptoms, causes, fixes, tags…</source>
        <translation>Szukaj objawów, przyczyn, rozwiązań, tagów…</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nowy artykuł</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Edytuj artykuł</translation>
    </message>
    <message>
        <source>Show on the client help site</source>
        <translation>Pokaż na stronie pomocy dla klientów</translation>
    </message>
    <message>
        <source>Solved %1 tickets</source>
        <translation>Rozwiązane zgłoszenia: %1</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Baza wiedzy</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Żaden artykuł nie pasuje.</translation>
    </message>
    <message>
        <source>Solved %1</source>
        <translation>Rozwiązane: %1</translation>
    </message>
</context>
<context>
    <name>LanguagesSection</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Invoices, visit reports and messages are written in the client&apos;s language; this one is used when the client has none.</source>
        <translation>Faktury, raporty z wizyt i wiadomości są pisane w języku klienta; ten jest używany, gdy klient nie ma własnego.</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Domyślny język dokumentów</translation>
    </message>
    <message>
        <source>Save document language</source>
        <translation>Zapisz język dokumentów</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfejs</translation>
    </message>
    <message>
        <source>The language of TechLedger&apos;s menus, windows, numbers and dates on this computer, for you only. TechLedger restarts to show it.</source>
        <translation>Język menu, okien, liczb i dat TechLedger na tym komputerze, tylko dla Ciebie. TechLedger uruchamia się ponownie, aby go pokazać.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Saved. TechLedger shows %1 after a restart.</source>
        <translation>Zapisano. Język %1 pojawi się po ponownym uruchomieniu TechLedger.</translation>
    </message>
    <message>
        <source>Restart TechLedger</source>
        <translation>Uruchom ponownie TechLedger</translation>
    </message>
    <message>
        <source>Restart TechLedger now to see it in %1?</source>
        <translation>Uruchomić ponownie TechLedger teraz, aby zobaczyć język %1?</translation>
    </message>
    <message>
        <source>TechLedger closes its windows and opens again: save any work you are still typing first.</source>
        <translation>TechLedger zamknie swoje okna i otworzy się ponownie: najpierw zapisz pracę, którą jeszcze wpisujesz.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>TechLedger stayed open; it shows the new language at the next start.</source>
        <translation>TechLedger pozostał otwarty; nowy język pojawi się przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Save interface language</source>
        <translation>Zapisz język interfejsu</translation>
    </message>
    <message>
        <source>Document language saved.</source>
        <translation>Zapisano język dokumentów.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>time entries</source>
        <translation>wpisów czasu</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klientów</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>zgłoszeń</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>umów</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>faktur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Raw time</source>
        <translation>Czas surowy</translation>
    </message>
    <message>
        <source>Billed time</source>
        <translation>Czas rozliczony</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Do rozliczenia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>NIP / VAT</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiono</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <source>Log time</source>
        <translation type="vanished">Zarejestruj czas</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Technik</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Rodzaj pracy</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minuty</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Rozpoczęto</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">Wykonana praca</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Poczta wychodząca (SMTP)</translation>
    </message>
    <message>
        <source>Used to send invoices and ticket messages. The server settings are stored with the data; the password only in this computer&apos;s password store.</source>
        <translation>Służy do wysyłania faktur i wiadomości w zgłoszeniach. Ustawienia serwera są zapisywane razem z danymi; hasło tylko w magazynie haseł tego komputera.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>Empty: the company e-mail address.</source>
        <translation>Puste: adres e-mail firmy.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Zostaw puste, aby zachować zapisane hasło</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Zapisz ustawienia poczty</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Szablony wiadomości</translation>
    </message>
    <message>
        <source>The acknowledgement and resolution messages sent to clients, and canned replies, in each language. Placeholders in braces are filled in when a message is written: %1</source>
        <translation>Potwierdzenia przyjęcia i rozwiązania wysyłane klientom oraz gotowe odpowiedzi, w każdym języku. Pola w nawiasach klamrowych są wypełniane przy pisaniu wiadomości: %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Potwierdzenie przyjęcia</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Gotowa odpowiedź</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password store (%1), never in the database or a settings file.</source>
        <translation>Hasło jest przechowywane w magazynie haseł tego komputera (%1), nigdy w bazie danych ani w pliku ustawień.</translation>
    </message>
    <message>
        <source>Asked for when mail is sent</source>
        <translation>Pytanie przy wysyłaniu poczty</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the SMTP password, and it will never write it to disk. You will be asked for it once in each session, the first time mail is sent.</source>
        <translation>Ten komputer nie ma magazynu haseł (keyring), więc TechLedger nie może zapamiętać hasła SMTP i nigdy nie zapisze go na dysku. Zostaniesz o nie poproszony raz w każdej sesji, przy pierwszym wysyłaniu poczty.</translation>
    </message>
    <message>
        <source>The server settings were saved, but the password store refused the password: you will be asked for it when mail is sent.</source>
        <translation>Ustawienia serwera zapisano, ale magazyn haseł odrzucił hasło: zostaniesz o nie poproszony przy wysyłaniu poczty.</translation>
    </message>
    <message>
        <source>Stored — type to replace it</source>
        <translation>Zapisane — wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>Mail settings and password saved.</source>
        <translation>Zapisano ustawienia poczty i hasło.</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Zapisano ustawienia poczty.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Zapisano szablon.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TechLedger — %1</source>
        <translation>TechLedger — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Akcje</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dane</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Baza wiedzy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export client &amp;help site…</source>
        <translation>Eksportuj stronę &amp;pomocy dla klientów…</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Maintenance schedules</source>
        <translation>Harmonogramy konserwacji</translation>
    </message>
    <message>
        <source>Work that comes back on its own: each date of the rule opens a ticket from the template below, once. Dates missed while TechLedger was closed are caught up when it opens; a paused schedule makes nothing.</source>
        <translation>Praca, która wraca sama: każda data reguły otwiera raz zgłoszenie z poniższego szablonu. Daty pominięte, gdy TechLedger był zamknięty, są nadrabiane przy otwarciu; wstrzymany harmonogram nic nie tworzy.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następna</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Bez umowy</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Własna reguła</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Powtarza się</translation>
    </message>
    <message>
        <source>Rule (RFC 5545)</source>
        <translation>Reguła (RFC 5545)</translation>
    </message>
    <message>
        <source>An RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO for the first Monday.</source>
        <translation>Wartość RRULE, np. FREQ=MONTHLY;BYDAY=1MO dla pierwszego poniedziałku.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Od dnia</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Najbliższe daty</translation>
    </message>
    <message>
        <source>Ticket title</source>
        <translation>Tytuł zgłoszenia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>One item a line; the ticket lists them to tick off.</source>
        <translation>Jedna pozycja w wierszu; zgłoszenie wyświetli je do odhaczenia.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Szacowany czas</translation>
    </message>
    <message>
        <source>Hours, e.g. 1:30.</source>
        <translation>Godziny, np. 1:30.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Dodaj harmonogram</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>Najbliższe 90 dni</translation>
    </message>
    <message>
        <source>Every date the running schedules will open a ticket on.</source>
        <translation>Każda data, w której aktywne harmonogramy otworzą zgłoszenie.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Opened as</source>
        <translation>Otwarte jako</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Eksportuj .ics…</translation>
    </message>
    <message>
        <source>First Monday of every month</source>
        <translation>Pierwszy poniedziałek każdego miesiąca</translation>
    </message>
    <message>
        <source>Every 3 months on the 15th</source>
        <translation>Co 3 miesiące, 15. dnia</translation>
    </message>
    <message>
        <source>Yearly on 1 March</source>
        <translation>Co roku 1 marca</translation>
    </message>
    <message>
        <source>Every Monday</source>
        <translation>W każdy poniedziałek</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Ostatni dzień roboczy każdego miesiąca</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>No dates.</source>
        <translation>Brak dat.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Harmonogram zapisany.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Harmonogram wznowiony.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Harmonogram wstrzymany.</translation>
    </message>
    <message>
        <source>Export the next 90 days</source>
        <translation>Eksportuj najbliższe 90 dni</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>Zapisano %n zdarzenie.</numerusform>
            <numerusform>Zapisano %n zdarzenia.</numerusform>
            <numerusform>Zapisano %n zdarzeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Log material</source>
        <translation>Zarejestruj materiał</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Not in the catalogue (type it below)</source>
        <translation>Spoza katalogu (wpisz poniżej)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Cena jednostkowa (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Użył</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Użyto dnia</translation>
    </message>
    <message>
        <source>Bill it to the client</source>
        <translation>Obciąż klienta</translation>
    </message>
    <message>
        <source>What was used, e.g. USB-C cable 2 m</source>
        <translation>Co zużyto, np. kabel USB-C 2 m</translation>
    </message>
    <message>
        <source>catalogue: %1 %2</source>
        <translation>katalog: %1 %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message to the client</source>
        <translation>Wiadomość do klienta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Zapisz jako .eml…</translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation>Serwer poczty…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Zapisz wiadomość</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Wiadomość e-mail (*.eml)</translation>
    </message>
    <message>
        <source>No mail server is set up: use “Mail server…”, or save the message.</source>
        <translation>Serwer poczty nie jest skonfigurowany: użyj „Serwer poczty…” albo zapisz wiadomość.</translation>
    </message>
    <message>
        <source>Type the client&apos;s e-mail address in “To”.</source>
        <translation>Wpisz adres e-mail klienta w polu „Do”.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Hasło serwera poczty</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Not sent: you cancelled before the server was reached.</source>
        <translation>Nie wysłano: anulowano przed połączeniem z serwerem.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Nie wysłano. %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source>Sending the message to %1</source>
        <translation>Wysyłanie wiadomości do %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="vanished">Potwierdzenie przyjęcia</translation>
    </message>
    <message>
        <source>Resolution message</source>
        <translation type="vanished">Wiadomość o rozwiązaniu</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation type="vanished">Gotowa odpowiedź</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nowe zgłoszenie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>What the user sees, in a few words</source>
        <translation>Co widzi użytkownik, w kilku słowach</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Na razie nikt</translation>
    </message>
    <message>
        <source>Then write the acknowledgement to the client</source>
        <translation>Następnie napisz potwierdzenie do klienta</translation>
    </message>
    <message>
        <source>Opens the message with the new ticket&apos;s number, ready to send or edit</source>
        <translation>Otwiera wiadomość z numerem nowego zgłoszenia, gotową do wysłania lub edycji</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Pilny</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Public: the client may see it (counts as a reply)</source>
        <translation>Publiczna: klient może ją zobaczyć (liczy się jako odpowiedź)</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Edytuj klienta…</translation>
    </message>
    <message>
        <source>Archive or restore client</source>
        <translation>Archiwizuj lub przywróć klienta</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nowe zgłoszenie…</translation>
    </message>
    <message>
        <source>Helpdesk reports…</source>
        <translation>Raporty helpdesku…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Nowy artykuł…</translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation>Edytuj artykuł…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Szukaj ponownie</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Następny tydzień</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nowa wizyta…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Otwórz wizytę</translation>
    </message>
    <message>
        <source>Top up prepaid hours…</source>
        <translation>Doładuj pakiet godzin…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Zestawienie PDF…</translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation>Historia umowy…</translation>
    </message>
</context>
<context>
    <name>PrepaidOverview</name>
    <message>
        <source>Purchase</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasło</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korekta</translation>
    </message>
    <message>
        <source>Expiry due</source>
        <translation>Wygaśnięcie należne</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Zużyto</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Najbliższe wygaśnięcie</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Skończy się</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Wyczerpane</translation>
    </message>
    <message>
        <source>At the pace of the last 8 weeks: %1 h a week.</source>
        <translation>W tempie z ostatnich 8 tygodni: %1 godz. tygodniowo.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>wygasa %1</translation>
    </message>
    <message>
        <source>invoiced elsewhere</source>
        <translation>zafakturowano gdzie indziej</translation>
    </message>
    <message>
        <source>not invoiced yet</source>
        <translation>jeszcze nie zafakturowano</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 godz.)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>draft invoice %1</source>
        <translation>projekt faktury %1</translation>
    </message>
    <message>
        <source>%1 h used of %2 h in the open blocks. Alerts at %3.</source>
        <translation>Zużyto %1 godz. z %2 godz. w otwartych pakietach. Alarmy przy %3.</translation>
    </message>
</context>
<context>
    <name>PrepaidSection</name>
    <message>
        <source>Prepaid hours</source>
        <translation>Pakiety godzin</translation>
    </message>
    <message>
        <source>Every block of hours a client buys is invoiced once, at its price, with the client&apos;s VAT. A block that costs nothing is not invoiced.</source>
        <translation>Każdy pakiet godzin kupiony przez klienta jest fakturowany raz, po jego cenie, z VAT klienta. Pakiet bezpłatny nie jest fakturowany.</translation>
    </message>
    <message>
        <source>Invoice a block as soon as it is bought</source>
        <translation>Fakturuj pakiet od razu po zakupie</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturowanie</translation>
    </message>
    <message>
        <source>On: a top-up creates a draft invoice for the block at once. Off: the next month-end run for the client invoices it.</source>
        <translation>Włączone: doładowanie od razu tworzy projekt faktury za pakiet. Wyłączone: fakturuje go najbliższe rozliczenie miesiąca dla klienta.</translation>
    </message>
    <message>
        <source>Save prepaid settings</source>
        <translation>Zapisz ustawienia pakietów</translation>
    </message>
    <message>
        <source>Prepaid settings saved.</source>
        <translation>Ustawienia pakietów zapisane.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Stop timer — log the work</source>
        <translation>Zatrzymaj stoper — zarejestruj pracę</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Nowy wpis czasu</translation>
    </message>
    <message>
        <source>— pick a client —</source>
        <translation>— wybierz klienta —</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it like %2.</source>
        <translation>„%1” nie jest datą i godziną; wpisz ją np. tak: %2.</translation>
    </message>
    <message>
        <source>1:30, 1.5 or 90m</source>
        <translation>1:30, 1.5 lub 90m</translation>
    </message>
    <message>
        <source>10:30</source>
        <translation>10:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;Work type</source>
        <translation>&amp;Rodzaj pracy</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Czas trwania</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Ko&amp;niec</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Zgłoszenie</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(bez zgłoszenia)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so it was not saved. Your changes are still here: copy what you need, then Cancel and open the record again to see the other changes.</source>
        <translation>Ktoś inny zmienił ten rekord po jego otwarciu, więc nie został zapisany. Twoje zmiany wciąż tu są: skopiuj, czego potrzebujesz, potem Anuluj i otwórz rekord ponownie, aby zobaczyć inne zmiany.</translation>
    </message>
    <message>
        <source>This record no longer exists; it was not saved.</source>
        <translation>Ten rekord już nie istnieje; nie został zapisany.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsTableModel</name>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Rozwiązane artykułem</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(bez artykułu)</translation>
    </message>
</context>
<context>
    <name>RoundingSection</name>
    <message>
        <source>Rounding and minimum charge</source>
        <translation>Zaokrąglanie i opłata minimalna</translation>
    </message>
    <message>
        <source>Billed time is rounded from the raw time, which is always kept next to it. These are the defaults; a client or contract can set its own.</source>
        <translation>Rozliczany czas jest zaokrąglany z czasu surowego, który zawsze jest przechowywany obok. To wartości domyślne; klient lub umowa może mieć własne.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Zaokrąglaj do</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Do najbliższej</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Each time entry</source>
        <translation>Każdy wpis czasu</translation>
    </message>
    <message>
        <source>Each visit</source>
        <translation>Każda wizyta</translation>
    </message>
    <message>
        <source>Each ticket</source>
        <translation>Każde zgłoszenie</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Stosuj do</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Opłata minimalna</translation>
    </message>
    <message>
        <source>E.g. 60 min: an on-site visit is billed at least one hour. 0 for none.</source>
        <translation>Np. 60 min: wizyta na miejscu jest rozliczana co najmniej za godzinę. 0 — bez minimum.</translation>
    </message>
    <message>
        <source>Save rounding</source>
        <translation>Zapisz zaokrąglanie</translation>
    </message>
    <message>
        <source>Save the company profile first.</source>
        <translation>Najpierw zapisz profil firmy.</translation>
    </message>
    <message>
        <source>Rounding saved.</source>
        <translation>Zapisano zaokrąglanie.</translation>
    </message>
</context>
<context>
    <name>SeriesSection</name>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {series} the code, {seq} the running number ({seq:05} pads it to 5 digits).</source>
        <translation>Pola: {YYYY} rok, {YY} rok skrócony, {MM} miesiąc, {series} kod serii, {seq} kolejny numer ({seq:05} uzupełnia go do 5 cyfr).</translation>
    </message>
    <message>
        <source>Invoice number series</source>
        <translation>Serie numeracji faktur</translation>
    </message>
    <message>
        <source>Numbers are given when an invoice is issued, one after the other in each series. A series that has issued invoices can be deactivated but never deleted.</source>
        <translation>Numery są nadawane przy wystawieniu faktury, kolejno w każdej serii. Serię, w której wystawiono faktury, można wyłączyć, ale nigdy usunąć.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Następny numer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a series in the list to change it</source>
        <translation>Wybierz serię z listy, aby ją zmienić</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nowa seria</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Korekty</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Dodaj serię</translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation>Numery zgłoszeń</translation>
    </message>
    <message>
        <source>Every new ticket gets its number at once. Numbers already given stay.</source>
        <translation>Każde nowe zgłoszenie od razu dostaje numer. Nadane już numery pozostają.</translation>
    </message>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {seq} the running number; with a year in it, the count starts again each year.</source>
        <translation>Pola: {YYYY} rok, {YY} rok skrócony, {MM} miesiąc, {seq} kolejny numer; gdy wzorzec zawiera rok, numeracja zaczyna się co roku od nowa.</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Następne zgłoszenie</translation>
    </message>
    <message>
        <source>Save ticket numbering</source>
        <translation>Zapisz numerację zgłoszeń</translation>
    </message>
    <message>
        <source>—  (the pattern is not complete)</source>
        <translation>—  (wzorzec jest niekompletny)</translation>
    </message>
    <message>
        <source>Ticket numbering saved.</source>
        <translation>Zapisano numerację zgłoszeń.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywne</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <source>Series saved.</source>
        <translation>Zapisano serię.</translation>
    </message>
    <message>
        <source>Series added.</source>
        <translation>Dodano serię.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Enter the company profile in Settings first.</source>
        <translation>Najpierw uzupełnij profil firmy w Ustawieniach.</translation>
    </message>
    <message>
        <source>Add a standard VAT rate in Settings first.</source>
        <translation>Najpierw dodaj podstawową stawkę VAT w Ustawieniach.</translation>
    </message>
    <message>
        <source>an entry must end after it starts</source>
        <translation>wpis musi kończyć się po rozpoczęciu</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Podaj nazwę klienta.</translation>
    </message>
    <message>
        <source>Enter an address such as office@example.com.</source>
        <translation>Podaj adres w rodzaju biuro@example.com.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country.</source>
        <translation>Wybierz kraj klienta.</translation>
    </message>
    <message>
        <source>A VAT id has only letters, digits, spaces, dots and dashes.</source>
        <translation>Numer VAT zawiera tylko litery, cyfry, spacje, kropki i myślniki.</translation>
    </message>
    <message>
        <source>Choose the currency the client is invoiced in.</source>
        <translation>Wybierz walutę, w której klient jest fakturowany.</translation>
    </message>
    <message>
        <source>Choose a document language.</source>
        <translation>Wybierz język dokumentów.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Termin płatności to od 0 do 365 dni.</translation>
    </message>
    <message>
        <source>Remove the control characters from this field.</source>
        <translation>Usuń znaki sterujące z tego pola.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Podaj imię i nazwisko kontaktu.</translation>
    </message>
    <message>
        <source>Enter an address such as anna@example.com.</source>
        <translation>Podaj adres w rodzaju anna@example.com.</translation>
    </message>
    <message>
        <source>Enter a distance in km such as 12.5.</source>
        <translation>Podaj odległość w km, np. 12.5.</translation>
    </message>
    <message>
        <source>The distance is too large.</source>
        <translation>Odległość jest za duża.</translation>
    </message>
    <message>
        <source>Enter a name for the site, e.g. Head office.</source>
        <translation>Podaj nazwę lokalizacji, np. Siedziba.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s country.</source>
        <translation>Wybierz kraj lokalizacji.</translation>
    </message>
    <message>
        <source>Travel time is 0 to 1440 minutes.</source>
        <translation>Czas dojazdu to od 0 do 1440 minut.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>A statement covers dates between the years 1900 and 2999.</source>
        <translation>Zestawienie obejmuje daty od roku 1900 do 2999.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Pozycja wymaga opisu.</translation>
    </message>
    <message>
        <source>A line needs a quantity.</source>
        <translation>Pozycja wymaga ilości.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you saved.</source>
        <translation>Ktoś inny zmienił ten szkic podczas zapisywania.</translation>
    </message>
    <message>
        <source>Remove the line instead of setting its quantity to zero.</source>
        <translation>Usuń pozycję zamiast ustawiać jej ilość na zero.</translation>
    </message>
    <message>
        <source>Exports never write floats.</source>
        <translation>Eksport nigdy nie zapisuje liczb zmiennoprzecinkowych.</translation>
    </message>
    <message>
        <source>Feedback is asked for after the ticket is resolved.</source>
        <translation>O opinię prosi się po rozwiązaniu zgłoszenia.</translation>
    </message>
    <message>
        <source>The rating is 1 (poor) to 5 (excellent).</source>
        <translation>Ocena od 1 (słabo) do 5 (doskonale).</translation>
    </message>
    <message>
        <source>Issue the draft first; a draft is not sent to the client.</source>
        <translation>Najpierw wystaw szkic; szkic nie jest wysyłany do klienta.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Podaj adres, na który wysłać fakturę.</translation>
    </message>
    <message>
        <source>Give the period as two dates.</source>
        <translation>Podaj okres jako dwie daty.</translation>
    </message>
    <message>
        <source>There is no such invoice series.</source>
        <translation>Nie ma takiej serii faktur.</translation>
    </message>
    <message>
        <source>Give the issue date as a real date.</source>
        <translation>Podaj datę wystawienia jako prawdziwą datę.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Faktura musi mieć co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Nadaj artykułowi tytuł.</translation>
    </message>
    <message>
        <source>Describe at least the symptoms, a workaround or the fix.</source>
        <translation>Opisz przynajmniej objawy, obejście albo rozwiązanie.</translation>
    </message>
    <message>
        <source>There is no such article.</source>
        <translation>Nie ma takiego artykułu.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Podaj ilość.</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>Szablon wymaga nazwy i treści.</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s name and a port 1–65535.</source>
        <translation>Podaj nazwę serwera SMTP i port 1–65535.</translation>
    </message>
    <message>
        <source>The client (or the contact) has no e-mail address.</source>
        <translation>Klient (ani kontakt) nie ma adresu e-mail.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Nie ma takiego szablonu.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring); TechLedger will not write the password to disk. Enter it each time you send.</source>
        <translation>Ten komputer nie ma magazynu haseł (keyring); TechLedger nie zapisze hasła na dysku. Wpisuj je przy każdym wysyłaniu.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring): the password cannot be remembered and will be asked for each time.</source>
        <translation>Ten komputer nie ma magazynu haseł (keyring): hasła nie da się zapamiętać i będzie o nie pytać za każdym razem.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Podaj kwotę.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <source>denominator must be positive</source>
        <translation>mianownik musi być dodatni</translation>
    </message>
    <message>
        <source>A number pattern must contain {seq}, e.g. &apos;{YYYY}-{seq:05}&apos;.</source>
        <translation>Wzorzec numeru musi zawierać {seq}, np. &apos;{YYYY}-{seq:05}&apos;.</translation>
    </message>
    <message>
        <source>A draft has nothing to correct: edit it or delete it.</source>
        <translation>Szkic nie wymaga korekty: edytuj go albo usuń.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Korekty nie można skorygować.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Podaj, dlaczego faktura jest korygowana; powód zostanie wydrukowany.</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>Płatność musi być kwotą dodatnią.</translation>
    </message>
    <message>
        <source>Give the day the payment was received.</source>
        <translation>Podaj dzień otrzymania płatności.</translation>
    </message>
    <message>
        <source>A payment reference has at most 200 characters.</source>
        <translation>Tytuł płatności ma najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>Credit whole quantities (thousandths of a unit).</source>
        <translation>Koryguj pełne ilości (tysięczne części jednostki).</translation>
    </message>
    <message>
        <source>A top-up must add some hours.</source>
        <translation>Doładowanie musi dodać godziny.</translation>
    </message>
    <message>
        <source>The price of a block cannot be negative.</source>
        <translation>Cena pakietu nie może być ujemna.</translation>
    </message>
    <message>
        <source>Give the date and time of the purchase.</source>
        <translation>Podaj datę i godzinę zakupu.</translation>
    </message>
    <message>
        <source>The expiry is a date.</source>
        <translation>Data wygaśnięcia musi być datą.</translation>
    </message>
    <message>
        <source>A block cannot expire before it is bought.</source>
        <translation>Pakiet nie może wygasnąć przed zakupem.</translation>
    </message>
    <message>
        <source>Only positive minutes can be deducted.</source>
        <translation>Odjąć można tylko dodatnią liczbę minut.</translation>
    </message>
    <message>
        <source>Give the date and time of the deduction.</source>
        <translation>Podaj datę i godzinę odjęcia.</translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation>Korekta musi zmienić saldo.</translation>
    </message>
    <message>
        <source>Say why the balance is adjusted.</source>
        <translation>Podaj, dlaczego saldo jest korygowane.</translation>
    </message>
    <message>
        <source>Enter the hours bought, like 10 or 7:30.</source>
        <translation type="vanished">Podaj kupione godziny, np. 10 lub 7:30.</translation>
    </message>
    <message>
        <source>Minutes go up to 59; type it like 7:30.</source>
        <translation type="vanished">Minuty sięgają do 59; wpisz np. 7:30.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Ktoś inny zmienił ten rekord po jego otwarciu.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you saved.</source>
        <translation>Ktoś inny zmienił ten rekord podczas zapisywania.</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>minuty nie mogą być ujemne</translation>
    </message>
    <message>
        <source>a minimum charge cannot be negative</source>
        <translation>opłata minimalna nie może być ujemna</translation>
    </message>
    <message>
        <source>Open the shop on at least one day.</source>
        <translation>Firma musi być czynna co najmniej jeden dzień.</translation>
    </message>
    <message>
        <source>A unit has at most 20 characters.</source>
        <translation>Jednostka ma najwyżej 20 znaków.</translation>
    </message>
    <message>
        <source>Enter the price, or a markup over the cost.</source>
        <translation>Podaj cenę lub narzut na koszt.</translation>
    </message>
    <message>
        <source>Cost and markup give a price that is too large.</source>
        <translation>Koszt i narzut dają zbyt wysoką cenę.</translation>
    </message>
    <message>
        <source>Choose one of the active VAT rates.</source>
        <translation>Wybierz jedną z aktywnych stawek VAT.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Podaj nazwę prawną firmy.</translation>
    </message>
    <message>
        <source>Choose the country the company is registered in.</source>
        <translation>Wybierz kraj rejestracji firmy.</translation>
    </message>
    <message>
        <source>The registration id is one line of at most 50 characters.</source>
        <translation>Numer rejestrowy to jedna linia o najwyżej 50 znakach.</translation>
    </message>
    <message>
        <source>The scheme is a four-digit ISO 6523 code, e.g. 0007.</source>
        <translation>Schemat to czterocyfrowy kod ISO 6523, np. 0007.</translation>
    </message>
    <message>
        <source>This IBAN&apos;s check digits are wrong; check for a typo.</source>
        <translation>Cyfry kontrolne tego IBAN są błędne; sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits.</source>
        <translation>BIC ma 8 lub 11 liter i cyfr.</translation>
    </message>
    <message>
        <source>Give the rate a short code, e.g. SE25.</source>
        <translation>Nadaj stawce krótki kod, np. PL23.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Stawka VAT mieści się między 0 a 100%.</translation>
    </message>
    <message>
        <source>Exempt and reverse-charge rates need the reason printed on invoices.</source>
        <translation>Stawki zwolnione i z odwrotnym obciążeniem wymagają podstawy drukowanej na fakturach.</translation>
    </message>
    <message>
        <source>Give the series a code.</source>
        <translation>Nadaj serii kod.</translation>
    </message>
    <message>
        <source>Give the work type a code, e.g. remote.</source>
        <translation>Nadaj rodzajowi pracy kod, np. zdalnie.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Stawka nie może być ujemna.</translation>
    </message>
    <message>
        <source>Enter the technician&apos;s name.</source>
        <translation>Podaj imię i nazwisko technika.</translation>
    </message>
    <message>
        <source>Support tiers run from 0 to 4.</source>
        <translation>Poziomy wsparcia to od 0 do 4.</translation>
    </message>
    <message>
        <source>Give the dates the rate is valid.</source>
        <translation>Podaj daty obowiązywania stawki.</translation>
    </message>
    <message>
        <source>The rate ends before it starts.</source>
        <translation>Stawka kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Nazwij produkt.</translation>
    </message>
    <message>
        <source>Type the hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00; each span ends after it starts, in order.</source>
        <translation>Wpisz godziny np. 08:00–17:00 albo 08:00–12:00, 13:00–17:00; każdy przedział kończy się po swoim początku, po kolei.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Ceny nie mogą być ujemne.</translation>
    </message>
    <message>
        <source>Enter the company profile first.</source>
        <translation>Najpierw uzupełnij profil firmy.</translation>
    </message>
    <message>
        <source>Choose a colour like #1F5A96.</source>
        <translation>Wybierz kolor w rodzaju #1F5A96.</translation>
    </message>
    <message>
        <source>Round to 1, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Zaokrąglaj do 1, 6, 10, 15, 30 lub 60 minut.</translation>
    </message>
    <message>
        <source>Round up, to the nearest or down.</source>
        <translation>Zaokrąglaj w górę, do najbliższej lub w dół.</translation>
    </message>
    <message>
        <source>Round each entry, each visit or each ticket.</source>
        <translation>Zaokrąglaj każdy wpis, każdą wizytę lub każde zgłoszenie.</translation>
    </message>
    <message>
        <source>A minimum charge lies between 0 and 24 hours.</source>
        <translation>Opłata minimalna mieści się między 0 a 24 godzinami.</translation>
    </message>
    <message>
        <source>Choose one of the offered languages.</source>
        <translation>Wybierz jeden z oferowanych języków.</translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation>Nazwij dzień wolny.</translation>
    </message>
    <message>
        <source>This day is already in the list.</source>
        <translation>Ten dzień jest już na liście.</translation>
    </message>
    <message>
        <source>Ticket numbers have no series: use {seq}, {YYYY}, {YY} and {MM}.</source>
        <translation>Numery zgłoszeń nie mają serii: użyj {seq}, {YYYY}, {YY} i {MM}.</translation>
    </message>
    <message>
        <source>Enter the registration id the scheme is for.</source>
        <translation>Podaj numer rejestrowy, którego dotyczy schemat.</translation>
    </message>
    <message>
        <source>A code is one line of at most 20 characters.</source>
        <translation>Kod to jeden wiersz o długości najwyżej 20 znaków.</translation>
    </message>
    <message>
        <source>Only standard-rated (S) VAT has a rate above zero.</source>
        <translation>Tylko stawka podstawowa (S) może być wyższa od zera.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>Logo musi być zapisane jako obraz PNG.</translation>
    </message>
    <message>
        <source>The logo is too large; use a smaller picture.</source>
        <translation>Logo jest za duże; użyj mniejszego obrazu.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Nieznany priorytet.</translation>
    </message>
    <message>
        <source>The first response target must be above zero.</source>
        <translation>Cel pierwszej odpowiedzi musi być większy od zera.</translation>
    </message>
    <message>
        <source>Resolution cannot be due before the first response.</source>
        <translation>Termin rozwiązania nie może przypadać przed pierwszą odpowiedzią.</translation>
    </message>
    <message>
        <source>No business hours within ten years: check the calendar and holidays.</source>
        <translation>Brak godzin pracy w ciągu dziesięciu lat: sprawdź kalendarz i dni wolne.</translation>
    </message>
    <message>
        <source>Business minutes to add cannot be negative.</source>
        <translation>Dodawane minuty robocze nie mogą być ujemne.</translation>
    </message>
    <message>
        <source>The business hours have no open time at all.</source>
        <translation>Godziny pracy nie mają żadnego czasu otwarcia.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue.</source>
        <translation>Tego produktu nie ma już w katalogu.</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Nie ma takiego klienta.</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Nadaj zgłoszeniu tytuł.</translation>
    </message>
    <message>
        <source>A new ticket starts at tier 0–3; escalate to reach a vendor.</source>
        <translation>Nowe zgłoszenie zaczyna na poziomie 0–3; eskaluj, aby przekazać je dostawcy.</translation>
    </message>
    <message>
        <source>There is no such technician.</source>
        <translation>Nie ma takiego technika.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>Nie ma takiego zgłoszenia.</translation>
    </message>
    <message>
        <source>Give a positive amount.</source>
        <translation>Podaj kwotę dodatnią.</translation>
    </message>
    <message>
        <source>Give the day the money was sent back.</source>
        <translation>Podaj dzień zwrotu pieniędzy.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Podaj, dlaczego lub jak zwrócono pieniądze; zostanie to zapisane.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Cofnąć można tylko wpłatę.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Podaj, dlaczego wpłata jest cofana; powód zostanie zapisany.</translation>
    </message>
    <message>
        <source>Enter a duration, like 1:30, 1.5 or 90m.</source>
        <translation>Wpisz czas trwania, np. 1:30, 1,5 lub 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Czas trwania nie może być ujemny.</translation>
    </message>
    <message>
        <source>Client: the cell is empty; every record needs a client.</source>
        <translation>Klient: komórka jest pusta; każdy wpis wymaga klienta.</translation>
    </message>
    <message>
        <source>Choose a column for the end time or for the duration.</source>
        <translation>Wybierz kolumnę z godziną zakończenia lub z czasem trwania.</translation>
    </message>
    <message>
        <source>ITFlow&apos;s export read here is its clients list; import it as clients.</source>
        <translation>Eksport ITFlow czytany tutaj to lista klientów; importuj go jako klientów.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Plik jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>Name: the cell is empty; name the product.</source>
        <translation>Nazwa: komórka jest pusta; nazwij produkt.</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>Nazwa: najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>Currency: the cell is empty and the company has no currency yet.</source>
        <translation>Waluta: komórka jest pusta, a firma nie ma jeszcze waluty.</translation>
    </message>
    <message>
        <source>Unit: at most 20 characters.</source>
        <translation>Jednostka: najwyżej 20 znaków.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>SKU: at most 50 characters.</source>
        <translation>SKU: najwyżej 50 znaków.</translation>
    </message>
    <message>
        <source>Technician: the cell is empty; every entry needs a technician.</source>
        <translation>Technik: komórka jest pusta; każdy wpis wymaga technika.</translation>
    </message>
    <message>
        <source>Technician: names and e-mails have at most 200 characters.</source>
        <translation>Technik: nazwy i adresy e-mail mają najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>Work type: names have at most 100 characters.</source>
        <translation>Rodzaj pracy: nazwy mają najwyżej 100 znaków.</translation>
    </message>
    <message>
        <source>Work type: none given, and the shop has no work types yet.</source>
        <translation>Rodzaj pracy: nie podano, a firma nie ma jeszcze rodzajów pracy.</translation>
    </message>
    <message>
        <source>End time: the work must end after it starts.</source>
        <translation>Koniec: praca musi kończyć się po rozpoczęciu.</translation>
    </message>
    <message>
        <source>Duration: one entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Czas trwania: jeden wpis nie może trwać dłużej niż 24 godziny; podziel go na dni.</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Do rozliczenia</translation>
    </message>
    <message>
        <source>Duration: there is neither an end time nor a duration.</source>
        <translation>Czas trwania: brak zarówno godziny zakończenia, jak i czasu trwania.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Data jest pusta.</translation>
    </message>
    <message>
        <source>The duration is empty.</source>
        <translation>Czas trwania jest pusty.</translation>
    </message>
    <message>
        <source>Give the recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1MO.</source>
        <translation>Podaj regułę powtarzania, np. FREQ=MONTHLY;BYDAY=1MO.</translation>
    </message>
    <message>
        <source>Give only the RRULE value; the start date is its own field.</source>
        <translation>Podaj tylko wartość RRULE; data początku ma własne pole.</translation>
    </message>
    <message>
        <source>A schedule repeats daily, weekly, monthly or yearly (FREQ=DAILY…YEARLY).</source>
        <translation>Harmonogram powtarza się codziennie, co tydzień, co miesiąc lub co rok (FREQ=DAILY…YEARLY).</translation>
    </message>
    <message>
        <source>A scheduled ticket starts at tier 0–3.</source>
        <translation>Zaplanowane zgłoszenie zaczyna się na poziomie 0–3.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Harmonogram nie może się skończyć przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>The estimate is more than zero minutes, or empty.</source>
        <translation>Szacunek to więcej niż zero minut albo puste pole.</translation>
    </message>
    <message>
        <source>There is no such work type.</source>
        <translation>Nie ma takiego rodzaju pracy.</translation>
    </message>
    <message>
        <source>This rule makes no date in the five years after the start.</source>
        <translation>Ta reguła nie daje żadnej daty w ciągu pięciu lat od początku.</translation>
    </message>
    <message>
        <source>That belongs to another client.</source>
        <translation>To należy do innego klienta.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
    <message>
        <source>Escalate to tier 4 with the vendor&apos;s case to wait on a vendor.</source>
        <translation>Eskaluj na poziom 4 z numerem zgłoszenia dostawcy, aby czekać na dostawcę.</translation>
    </message>
    <message>
        <source>Resolve the ticket before closing it.</source>
        <translation>Rozwiąż zgłoszenie przed jego zamknięciem.</translation>
    </message>
    <message>
        <source>The tier is 0–4.</source>
        <translation>Poziom to 0–4.</translation>
    </message>
    <message>
        <source>Say why the ticket moves.</source>
        <translation>Podaj, dlaczego zgłoszenie jest przenoszone.</translation>
    </message>
    <message>
        <source>Reopen the ticket before escalating it.</source>
        <translation>Otwórz zgłoszenie ponownie, zanim je eskalujesz.</translation>
    </message>
    <message>
        <source>Tier 4 needs the vendor&apos;s name and their case number.</source>
        <translation>Poziom 4 wymaga nazwy dostawcy i numeru jego zgłoszenia.</translation>
    </message>
    <message>
        <source>The ticket is already resolved.</source>
        <translation>Zgłoszenie jest już rozwiązane.</translation>
    </message>
    <message>
        <source>Say how the problem was solved.</source>
        <translation>Opisz, jak rozwiązano problem.</translation>
    </message>
    <message>
        <source>This timer was already stopped (perhaps on another computer).</source>
        <translation>Ten stoper został już zatrzymany (może na innym komputerze).</translation>
    </message>
    <message>
        <source>This technician&apos;s timer is already running; stop it first.</source>
        <translation>Stoper tego technika już działa; najpierw go zatrzymaj.</translation>
    </message>
    <message>
        <source>That ticket belongs to another client.</source>
        <translation>To zgłoszenie należy do innego klienta.</translation>
    </message>
    <message>
        <source>Pick the client.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>Pick the site the visit was at.</source>
        <translation>Wybierz lokalizację wizyty.</translation>
    </message>
    <message>
        <source>Pick the technician.</source>
        <translation>Wybierz technika.</translation>
    </message>
    <message>
        <source>Departure must be after arrival.</source>
        <translation>Wyjazd musi być po przyjeździe.</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>Dojazd nie może być ujemny.</translation>
    </message>
    <message>
        <source>Pick the kind of work.</source>
        <translation>Wybierz rodzaj pracy.</translation>
    </message>
    <message>
        <source>The work must take some time.</source>
        <translation>Praca musi trwać jakiś czas.</translation>
    </message>
    <message>
        <source>Say what was done; the customer signs for it.</source>
        <translation>Opisz, co zrobiono; klient to podpisuje.</translation>
    </message>
    <message>
        <source>Pick the material from the catalogue.</source>
        <translation>Wybierz materiał z katalogu.</translation>
    </message>
    <message>
        <source>That line is not on this visit.</source>
        <translation>Tej pozycji nie ma w tej wizycie.</translation>
    </message>
    <message>
        <source>That line is already invoiced; it cannot be removed.</source>
        <translation>Ta pozycja jest już zafakturowana; nie można jej usunąć.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>Poproś klienta o podpis w polu.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Wpisz imię i nazwisko osoby, która podpisała.</translation>
    </message>
    <message>
        <source>That site belongs to another client.</source>
        <translation>Ta lokalizacja należy do innego klienta.</translation>
    </message>
    <message>
        <source>A visit cannot last more than 24 hours.</source>
        <translation>Wizyta nie może trwać dłużej niż 24 godziny.</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>Obraz podpisu jest za duży.</translation>
    </message>
    <message>
        <source>Give the start and the end as a date and a time.</source>
        <translation>Podaj początek i koniec jako datę i godzinę.</translation>
    </message>
    <message>
        <source>The description contains control characters; remove them.</source>
        <translation type="vanished">Opis zawiera znaki sterujące; usuń je.</translation>
    </message>
    <message>
        <source>Travel is a whole number, zero or more.</source>
        <translation>Dojazd to liczba całkowita, zero lub więcej.</translation>
    </message>
    <message>
        <source>A rate is a whole amount, zero or more.</source>
        <translation>Stawka to pełna kwota, zero lub więcej.</translation>
    </message>
    <message>
        <source>The price is not a usable amount.</source>
        <translation>Cena nie jest prawidłową kwotą.</translation>
    </message>
    <message>
        <source>Give the day the material was used.</source>
        <translation>Podaj dzień użycia materiału.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Ten wpis już nie istnieje.</translation>
    </message>
    <message>
        <source>This entry is on an invoice; correct the invoice with a credit note.</source>
        <translation>Ten wpis jest na fakturze; skoryguj fakturę fakturą korygującą.</translation>
    </message>
    <message>
        <source>The work must end after it starts.</source>
        <translation>Praca musi kończyć się po rozpoczęciu.</translation>
    </message>
    <message>
        <source>Type the markup as a percentage, like 25.</source>
        <translation>Wpisz narzut jako procent, np. 25.</translation>
    </message>
    <message>
        <source>A markup has at most two decimals, like 12.25 %.</source>
        <translation>Narzut ma najwyżej dwa miejsca po przecinku, np. 12,25 %.</translation>
    </message>
    <message>
        <source>A markup lies between 0 and 1000 %.</source>
        <translation>Narzut mieści się między 0 a 1000 %.</translation>
    </message>
    <message>
        <source>An SKU has at most 50 characters.</source>
        <translation>SKU ma najwyżej 50 znaków.</translation>
    </message>
    <message>
        <source>Give the unit, e.g. pc, m or h.</source>
        <translation>Podaj jednostkę, np. szt., m lub h.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Nazwa ma najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Ilość musi być większa od zera.</translation>
    </message>
    <message>
        <source>Name the material or pick a product.</source>
        <translation>Nazwij materiał lub wybierz produkt.</translation>
    </message>
    <message>
        <source>Give the contract a name.</source>
        <translation>Nadaj umowie nazwę.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Umowa kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Term and managed contracts need a billing period.</source>
        <translation>Umowy terminowe i zarządzane wymagają okresu rozliczeniowego.</translation>
    </message>
    <message>
        <source>Describe the fee.</source>
        <translation>Opisz opłatę.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>Opłata nie może być ujemna.</translation>
    </message>
    <message>
        <source>Only term and managed-services contracts have recurring fees.</source>
        <translation>Tylko umowy terminowe i na usługi zarządzane mają opłaty cykliczne.</translation>
    </message>
    <message>
        <source>A contract name is one line of at most 200 characters.</source>
        <translation>Nazwa umowy to jeden wiersz o długości najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Ta liczba jest poza zakresem.</translation>
    </message>
    <message>
        <source>One entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Jeden wpis nie może być dłuższy niż 24 godziny; podziel go na dni.</translation>
    </message>
    <message>
        <source>That contract belongs to another client.</source>
        <translation>Ta umowa należy do innego klienta.</translation>
    </message>
    <message>
        <source>Give a price for material that is not in the catalogue.</source>
        <translation>Podaj cenę materiału spoza katalogu.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Junior</source>
        <translation>Młodszy</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Starszy</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Profil firmy</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numeracja faktur</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Stawki VAT</translation>
    </message>
    <message>
        <source>Work types and rates</source>
        <translation>Rodzaje pracy i stawki</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Zaokrąglanie</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Pakiety godzin</translation>
    </message>
    <message>
        <source>Hours, holidays and SLA</source>
        <translation>Godziny, dni wolne i SLA</translation>
    </message>
    <message>
        <source>Maintenance schedules</source>
        <translation>Harmonogramy konserwacji</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>Poczta i szablony</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>A page&apos;s shortcuts work while that page is shown; the Actions menu lists those of the page on show.</source>
        <translation>Skróty strony działają, gdy ta strona jest wyświetlana; menu Akcje zawiera skróty bieżącej strony.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Podpisz tutaj myszą, rysikiem lub palcem</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Podpis klienta</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Ulica</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Miasto</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>K&amp;raj</translation>
    </message>
    <message>
        <source>km from the shop, e.g. 12.5</source>
        <translation>km od firmy, np. 12.5</translation>
    </message>
    <message>
        <source>&amp;Distance (km)</source>
        <translation>&amp;Odległość (km)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Travel time</source>
        <translation>&amp;Czas dojazdu</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>U&amp;wagi</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Serwer poczty (SMTP)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>przechowywane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Zapamiętaj hasło w magazynie haseł</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Prepaid statement — %1</source>
        <translation>Zestawienie pakietu godzin — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Zapisz jako</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>Prepaid statement %1 %2 to %3.pdf</source>
        <translation>Zestawienie pakietu %1 %2 do %3.pdf</translation>
    </message>
    <message>
        <source>Save prepaid statement</source>
        <translation>Zapisz zestawienie pakietu godzin</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wybierz, gdzie zapisać PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>TaxSection</name>
    <message>
        <source>VAT rates</source>
        <translation>Stawki VAT</translation>
    </message>
    <message>
        <source>A rate used on an issued invoice can be deactivated, not changed: add a new rate when the law changes.</source>
        <translation>Stawkę użytą na wystawionej fakturze można wyłączyć, ale nie zmienić: gdy zmienią się przepisy, dodaj nową stawkę.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Podstawa zwolnienia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Nowa stawka VAT</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Stawka (%)</translation>
    </message>
    <message>
        <source>0 for zero-rated and exempt.</source>
        <translation>0 dla stawki zerowej i zwolnionych.</translation>
    </message>
    <message>
        <source>Printed on invoices for exempt, reverse-charge and out-of-scope rates.</source>
        <translation>Drukowana na fakturach ze stawkami zwolnionymi, z odwrotnym obciążeniem i poza zakresem VAT.</translation>
    </message>
    <message>
        <source>Add VAT rate</source>
        <translation>Dodaj stawkę VAT</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Stawka podstawowa</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Stawka zerowa</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Zwolnione</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Dostawa wewnątrzwspólnotowa</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Eksport poza UE</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Poza zakresem VAT</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywne</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <source>VAT rate added.</source>
        <translation>Dodano stawkę VAT.</translation>
    </message>
</context>
<context>
    <name>TechniciansSection</name>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>The people who log time and visits. A deactivated technician leaves every picker but keeps all their work.</source>
        <translation>Osoby, które rejestrują czas i wizyty. Dezaktywowany technik znika z list wyboru, ale cała jego praca zostaje.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Stawka domyślna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Rate rules can set a rate per level.</source>
        <translation>Reguły stawek mogą ustalić stawkę dla każdego poziomu.</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>Linia wsparcia</translation>
    </message>
    <message>
        <source>0 (first line) to 4.</source>
        <translation>Od 0 (pierwsza linia) do 4.</translation>
    </message>
    <message>
        <source>Default hourly rate (%1)</source>
        <translation>Domyślna stawka godzinowa (%1)</translation>
    </message>
    <message>
        <source>Leave empty to use the work type&apos;s rate.</source>
        <translation>Pozostaw puste, aby użyć stawki rodzaju pracy.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Only a technician with no recorded work</source>
        <translation>Tylko technik bez zarejestrowanej pracy</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <source>Add technician</source>
        <translation>Dodaj technika</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Młodszy</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Standardowy</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Starszy</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Ekspert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktywuj ponownie</translation>
    </message>
    <message>
        <source>Technician saved.</source>
        <translation>Technik zapisany.</translation>
    </message>
    <message>
        <source>Technician deactivated.</source>
        <translation>Technik dezaktywowany.</translation>
    </message>
    <message>
        <source>Technician reactivated.</source>
        <translation>Technik ponownie aktywny.</translation>
    </message>
    <message>
        <source>Technician deleted.</source>
        <translation>Technik usunięty.</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Response</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>No SLA target</source>
        <translation>Brak celu SLA</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Rozwiązane w ramach SLA</translation>
    </message>
    <message>
        <source>Resolved after the SLA</source>
        <translation>Rozwiązane po terminie SLA</translation>
    </message>
    <message>
        <source>With the vendor, no date promised</source>
        <translation>U dostawcy, bez obiecanego terminu</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>nierozliczone</translation>
    </message>
    <message>
        <source>No materials logged yet (Ctrl+Shift+M).</source>
        <translation>Nie zarejestrowano jeszcze materiałów (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>Użyte materiały</translation>
    </message>
    <message>
        <source>With the vendor, promised for %1</source>
        <translation>U dostawcy, obiecane na %1</translation>
    </message>
    <message>
        <source>Vendor late: promised for %1</source>
        <translation>Dostawca spóźniony: obiecane na %1</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>zafakturowane</translation>
    </message>
    <message>
        <source>Stop the timer and log the work</source>
        <translation>Zatrzymaj stoper i zapisz pracę</translation>
    </message>
    <message>
        <source>Start timing work on this ticket</source>
        <translation>Zacznij mierzyć czas pracy nad tym zgłoszeniem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Odpowiedź publiczna</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskaluj</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Zarejestruj czas</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiał</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Uruchom stoper</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>Czekaj na klienta</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Termin rozwiązania</translation>
    </message>
    <message>
        <source>Paused (business)</source>
        <translation>Wstrzymane (godz. robocze)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Vendor case</source>
        <translation>Zgłoszenie u dostawcy</translation>
    </message>
    <message>
        <source>Vendor promised</source>
        <translation>Obietnica dostawcy</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Zarejestrowany czas</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Rozwiązane artykułem</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Na razie nikt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Otwarte ponownie</translation>
    </message>
    <message>
        <source>%1 due in %2 business hours</source>
        <translation>%1 za %2 godz. roboczych</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 pozycja</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>%1: clock paused, %2 h left</source>
        <translation>%1: zegar wstrzymany, pozostało %2 godz.</translation>
    </message>
    <message>
        <source>%1 overdue by %2 h</source>
        <translation>%1 po terminie o %2 godz.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 za %2</translation>
    </message>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was changed. The ticket now shows their change; try again if still needed.</source>
        <translation>Ktoś inny zmienił to zgłoszenie w tej samej chwili, więc nic nie zostało zmienione. Zgłoszenie pokazuje teraz ich zmianę; w razie potrzeby spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Zatrzymaj stoper</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Do rozliczenia: %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>Pozycje: %1</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Przekroczone</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>U dostawcy</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Dostawca spóźniony</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>No tickets here. Pick another filter, or open a new ticket with Ctrl+N.</source>
        <translation>Brak zgłoszeń. Wybierz inny filtr albo otwórz nowe zgłoszenie skrótem Ctrl+N.</translation>
    </message>
    <message>
        <source>Search number, title and description…</source>
        <translation type="vanished">Szukaj numeru, tytułu i opisu…</translation>
    </message>
    <message>
        <source>Search tickets…</source>
        <translation>Szukaj zgłoszeń…</translation>
    </message>
    <message>
        <source>Searches the number, title and description (Ctrl+F)</source>
        <translation>Przeszukuje numer, tytuł i opis (Ctrl+F)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nowe zgłoszenie</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>Otwórz nowe zgłoszenie (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>SLA per client and feedback for a period (Ctrl+Shift+P)</source>
        <translation>SLA wg klientów i opinie za okres (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Jestem</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Zagrożone lub po terminie</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Czeka na klienta</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Czeka na dostawcę</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Według poziomu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Poziom 0 · samopomoc</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Poziom 1 · pierwszy kontakt</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Poziom 2 · pogłębiona diagnostyka</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Poziom 3 · specjaliści</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Poziom 4 · dostawca</translation>
    </message>
</context>
<context>
    <name>TicketReports</name>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Własny okres</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Response
met</source>
        <translation>Odpowiedź
dotrzymana</translation>
    </message>
    <message>
        <source>Response
breached</source>
        <translation>Odpowiedź
przekroczona</translation>
    </message>
    <message>
        <source>Resolution
met</source>
        <translation>Rozwiązanie
dotrzymane</translation>
    </message>
    <message>
        <source>Resolution
breached</source>
        <translation>Rozwiązanie
przekroczone</translation>
    </message>
    <message>
        <source>Open,
in time</source>
        <translation>Otwarte,
w terminie</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najniższa</translation>
    </message>
    <message>
        <source>Helpdesk reports</source>
        <translation>Raporty helpdesku</translation>
    </message>
    <message>
        <source>SLA targets met</source>
        <translation>Dotrzymane cele SLA</translation>
    </message>
    <message>
        <source>Targets breached</source>
        <translation>Przekroczone cele</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <source>Tickets opened in the period that have SLA targets. A target still open but already past due counts as breached.</source>
        <translation>Zgłoszenia otwarte w okresie, które mają cele SLA. Cel jeszcze otwarty, ale już po terminie, liczy się jako przekroczony.</translation>
    </message>
    <message>
        <source>Ratings (1–5) received in the period.</source>
        <translation>Oceny (1–5) otrzymane w okresie.</translation>
    </message>
    <message>
        <source>SLA per client</source>
        <translation>SLA wg klientów</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Feedback per technician</source>
        <translation>Opinie wg techników</translation>
    </message>
    <message>
        <source>Feedback per client</source>
        <translation>Opinie wg klientów</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Brak ocen w tym okresie</translation>
    </message>
    <message>
        <source>Not resolved yet and not past due</source>
        <translation>Jeszcze nierozwiązane i nie po terminie</translation>
    </message>
    <message>
        <source>%1 response, %2 resolution</source>
        <translation>%1 odpowiedź, %2 rozwiązanie</translation>
    </message>
    <message>
        <source>%1 ratings from %2 clients</source>
        <translation>Oceny: %1 od %2 klientów</translation>
    </message>
    <message>
        <source>%1 of %2 targets, %3 tickets</source>
        <translation>%1 z %2 celów, zgłoszenia: %3</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Otwarto zgłoszenie</translation>
    </message>
    <message>
        <source>Escalated: tier %1 → %2</source>
        <translation>Eskalacja: poziom %1 → %2</translation>
    </message>
    <message>
        <source>De-escalated: tier %1 → %2</source>
        <translation>Deeskalacja: poziom %1 → %2</translation>
    </message>
    <message>
        <source>Public note</source>
        <translation>Notatka publiczna</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Wiadomość do klienta</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Opinia klienta</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Przypisano do: %1</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Jeszcze nic się nie wydarzyło.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Whose week and whose timer</source>
        <translation>Czyj tydzień i czyj stoper</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Poprzedni tydzień (Alt+Left)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Następny tydzień (Alt+Right)</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nowy wpis…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Billed time in grey is a preview with the rounding rule that applies today; in black it is as invoiced.</source>
        <translation>Szary rozliczony czas to podgląd według dzisiejszej reguły zaokrąglania; czarny jest taki jak na fakturze.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Wszystkie wpisy</translation>
    </message>
    <message>
        <source>No time entries yet. Work logged by technicians appears here.</source>
        <translation>Nie ma jeszcze wpisów czasu. Pojawia się tu praca zarejestrowana przez techników.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Tydzień %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Add a technician in Settings to log time.</source>
        <translation>Dodaj technika w Ustawieniach, aby rejestrować czas.</translation>
    </message>
    <message>
        <source>Week: %1 raw · %2 billed</source>
        <translation>Tydzień: %1 surowo · %2 rozliczone</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping entries</source>
        <translation>
            <numerusform>%n nakładający się wpis</numerusform>
            <numerusform>%n nakładające się wpisy</numerusform>
            <numerusform>%n nakładających się wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 raw · %3 billed</source>
        <translation>%1 — %2 surowo · %3 rozliczone</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Start the timer or add an entry (Ctrl+Shift+E).</source>
        <translation>Tego dnia nic nie zarejestrowano. Uruchom stoper albo dodaj wpis (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Wpis usunięty.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Zatrzymaj stoper</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Uruchom stoper</translation>
    </message>
    <message>
        <source>Running since %1 · %2</source>
        <translation>Działa od %1 · %2</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>Add a technician in Settings before timing work.</source>
        <translation>Dodaj technika w Ustawieniach, zanim zaczniesz mierzyć czas pracy.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Stoper</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <source>Start &amp;timer</source>
        <translation>Uruchom &amp;stoper</translation>
    </message>
    <message>
        <source>New time &amp;entry…</source>
        <translation>Nowy &amp;wpis czasu…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Stoper</translation>
    </message>
    <message>
        <source>Show TechLedger</source>
        <translation>Pokaż TechLedger</translation>
    </message>
    <message>
        <source>Stop &amp;timer</source>
        <translation>Zatrzymaj &amp;stoper</translation>
    </message>
    <message>
        <source>Stop the timer and log the work (Ctrl+Shift+T)</source>
        <translation>Zatrzymaj stoper i zarejestruj pracę (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Start timing work now (Ctrl+Shift+T)</source>
        <translation>Zacznij mierzyć czas pracy (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Stoper %1</translation>
    </message>
    <message>
        <source>TechLedger — no timer running</source>
        <translation>TechLedger — stoper nie działa</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up prepaid hours — %1</source>
        <translation>Doładuj pakiet godzin — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h left now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pozostało teraz %2 godz.</translation>
    </message>
    <message>
        <source>e.g. 10 or 7:30</source>
        <translation>np. 10 lub 7:30</translation>
    </message>
    <message>
        <source>This contract needs a purchase of at least %1 h.</source>
        <translation>Ta umowa wymaga zakupu co najmniej %1 godz.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Data zakupu</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Wygasa dnia</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Wygaśnięcie</translation>
    </message>
    <message>
        <source>Order or invoice reference (optional)</source>
        <translation>Numer zamówienia lub faktury (opcjonalnie)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>A draft invoice for the block is created when you save.</source>
        <translation>Po zapisaniu zostanie utworzony projekt faktury za pakiet.</translation>
    </message>
    <message>
        <source>The next month-end run for this client invoices the block.</source>
        <translation>Pakiet zafakturuje najbliższe rozliczenie miesiąca dla tego klienta.</translation>
    </message>
    <message>
        <source>The block first pays the %1 h owed: %2 h of it will be left.</source>
        <translation>Pakiet najpierw pokrywa zaległe %1 h: zostanie z niego %2 h.</translation>
    </message>
</context>
<context>
    <name>VersionedRecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Ktoś inny zmienił ten rekord po jego otwarciu, więc Twoje zmiany nie zostały jeszcze zapisane. Obie wersje są pokazane poniżej: zaznacz wartości do przejęcia z tamtej albo zachowaj wszystkie swoje, potem naciśnij OK, aby zapisać.</translation>
    </message>
    <message>
        <source>Press OK to save the values now in the form.</source>
        <translation>Naciśnij OK, aby zapisać wartości z formularza.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>— pick a client —</source>
        <translation>— wybierz klienta —</translation>
    </message>
    <message>
        <source>e.g. 2026-11-23 11:30 or 11:30</source>
        <translation>np. 2026-11-23 11:30 lub 11:30</translation>
    </message>
    <message>
        <source>0:35</source>
        <translation>0:35</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>What was done, in a sentence or two</source>
        <translation>Co zrobiono, w zdaniu lub dwóch</translation>
    </message>
    <message>
        <source>h:mm</source>
        <translation>g:mm</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Arrival – departure</source>
        <translation>Przyjazd – wyjazd</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Zapisz wizytę</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Zapisz wizytę (Ctrl+S)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>— type to search the catalogue —</source>
        <translation>— pisz, aby przeszukać katalog —</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>Opuścić tę wizytę?</translation>
    </message>
    <message>
        <source>This visit has changes that are not saved yet.</source>
        <translation>Ta wizyta ma niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Zapisz i wróć</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zostań</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the work on this visit is not logged under a contract, and only a contract&apos;s travel terms (trip fee, distance or travel-time rate) put travel on an invoice.</source>
        <translation>Dojazd jest w raporcie, ale nie na fakturze: praca podczas tej wizyty nie jest zapisana w ramach umowy, a tylko warunki dojazdu umowy (opłata za wyjazd, stawka za km lub za czas dojazdu) umieszczają dojazd na fakturze.</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the contract %1 has no travel terms (trip fee, distance or travel-time rate).</source>
        <translation>Dojazd jest w raporcie, ale nie na fakturze: umowa %1 nie ma warunków dojazdu (opłata za wyjazd, stawka za km lub za czas dojazdu).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>1:30</source>
        <translation>1:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Add work</source>
        <translation>Dodaj pracę</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Wykonana praca</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiał</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>— pick from the catalogue —</source>
        <translation type="vanished">— wybierz z katalogu —</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Dodaj materiał</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Imię i nazwisko drukowanymi</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Podpisał(a)</translation>
    </message>
    <message>
        <source>Save the visit first; then add work, materials and the signature.</source>
        <translation>Najpierw zapisz wizytę; potem dodaj pracę, materiały i podpis.</translation>
    </message>
    <message>
        <source>Sign and produce report</source>
        <translation>Podpisz i utwórz raport</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>The visit report appears here. Add the work, let the customer sign, then produce the report.</source>
        <translation>Tutaj pojawi się raport z wizyty. Dodaj pracę, poproś klienta o podpis, a potem utwórz raport.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Podgląd raportu</translation>
    </message>
    <message>
        <source>‹ All visits</source>
        <translation>‹ Wszystkie wizyty</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Wizyta %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(bez zgłoszenia)</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Podpisane przez %1 o %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Take the selected line off the visit (Delete)</source>
        <translation>Usuń zaznaczoną pozycję z wizyty (Delete)</translation>
    </message>
    <message>
        <source>— pick the client first —</source>
        <translation>— najpierw wybierz klienta —</translation>
    </message>
    <message>
        <source>(this client has no sites; add one under Clients)</source>
        <translation>(ten klient nie ma lokalizacji; dodaj ją w Klientach)</translation>
    </message>
    <message>
        <source>The report could not be produced: %1</source>
        <translation>Nie udało się utworzyć raportu: %1</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Zapisz raport z wizyty</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Raport nie został zapisany: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>No visits yet. Start one when you arrive on site.</source>
        <translation>Nie ma jeszcze wizyt. Rozpocznij wizytę po przyjeździe na miejsce.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <source>Start a visit report (Ctrl+N)</source>
        <translation>Rozpocznij raport z wizyty (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>Wizyty na miejscu</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisane</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niepodpisane</translation>
    </message>
</context>
<context>
    <name>WeekGridTableModel</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <source>%1 raw · %2 billed</source>
        <translation>%1 surowo · %2 rozliczone</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Nakłada się na inny wpis tego technika.</translation>
    </message>
    <message>
        <source>%1 raw
%2 billed</source>
        <translation>%1 surowo
%2 rozliczone</translation>
    </message>
</context>
<context>
    <name>WorkTypesSection</name>
    <message>
        <source>Work types</source>
        <translation>Rodzaje pracy</translation>
    </message>
    <message>
        <source>Each kind of work has a default hourly rate; rate rules below and contracts can override it.</source>
        <translation>Każdy rodzaj pracy ma domyślną stawkę godzinową; reguły stawek poniżej i umowy mogą ją zmienić.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stawka godzinowa</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Na miejscu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hourly rate (%1)</source>
        <translation>Stawka godzinowa (%1)</translation>
    </message>
    <message>
        <source>Done at the client&apos;s site</source>
        <translation>Wykonywane u klienta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Add work type</source>
        <translation>Dodaj rodzaj pracy</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Reguły stawek</translation>
    </message>
    <message>
        <source>A rate from a date on. Work is priced by the rule in force on the day it was done, so a new rate never changes past work. Rules for one client or contract are set on the contract.</source>
        <translation>Stawka od określonego dnia. Praca jest wyceniana według reguły obowiązującej w dniu jej wykonania, więc nowa stawka nigdy nie zmienia przeszłej pracy. Reguły dla jednego klienta lub umowy ustawia się w umowie.</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Rodzaj pracy</translation>
    </message>
    <message>
        <source>Technician level</source>
        <translation>Poziom technika</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Dowolny poziom</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Select a rule above and press “End rule” to stop it after this day.</source>
        <translation>Zaznacz regułę powyżej i naciśnij „Zakończ regułę”, aby przestała obowiązywać po tym dniu.</translation>
    </message>
    <message>
        <source>End rule</source>
        <translation>Zakończ regułę</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Młodszy</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Standardowy</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Starszy</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Ekspert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywne</translation>
    </message>
    <message>
        <source>All work types</source>
        <translation>Wszystkie rodzaje pracy</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <source>Work type saved.</source>
        <translation>Zapisano rodzaj pracy.</translation>
    </message>
    <message>
        <source>Rate rule added.</source>
        <translation>Dodano regułę stawki.</translation>
    </message>
    <message>
        <source>Rate rule ended.</source>
        <translation>Zakończono regułę stawki.</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>not billable</source>
        <translation>nierozliczane</translation>
    </message>
</context>
</TS>
