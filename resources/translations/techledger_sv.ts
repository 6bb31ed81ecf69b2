<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name></name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Ange en mängd.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>En mängd har högst tre decimaler.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Mängden kan inte vara noll.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Mängden är för stor.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Ångra (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>En rad per post</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>En rad per ärende</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>En rad per besök</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>En rad per arbetstyp</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrera en betalning</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Faktura %1 · %2 · utestående %3</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Återför en betalning</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>För en betalning som registrerats av misstag. Den finns kvar; en återföring på samma belopp läggs till med din anledning, och saldot följer med.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Betalning</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>t.ex. bokförd på fel faktura</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Välj betalningen som ska återföras.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Ange varför betalningen återförs; anledningen sparas.</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Använd tillgodohavande</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Tillgodohavande från tidigare betalningar: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 att betala</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Belopp (%1)</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Kunden har ingen öppen faktura att använda det på.</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Återbetala tillgodohavande</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>t.ex. återbetalt via banköverföring</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Ange varför eller hur pengarna betalades tillbaka; det sparas.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Mottaget den</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Sätt</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferens</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>t.ex. raden på kontoutdraget</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Kreditnota för %1</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>Hela &amp;fakturan (det som återstår)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Valda rader och mängder</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Skrivs ut på kreditnotan</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Gör det krediterade arbetet &amp;fakturerbart igen</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Tid och material på helt krediterade rader blir ofakturerat arbete igen och kan faktureras på nytt (till exempel med rättat pris).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>&amp;Fakturadatum</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Krediterat netto: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Krediterat netto: %1 (plus moms)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Kryssa i raderna som ska krediteras.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Ange varför fakturan rättas; orsaken skrivs ut.</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Månadsavslut</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Skapar och utfärdar en faktura per kund med ofakturerat arbete eller en förfallen avgift. Varje kund sparas för sig: avbryter du behålls fakturorna som redan utfärdats och resten förblir ofakturerat.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;från</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Period &amp;till</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Utfärda fakturorna på periodens sista dag eller senare.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Kom ihåg det i systemets nyckelring</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Det finns bara i minnet, tills TechLedger stängs.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Bifogat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>E-post&amp;server…</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Ange adressen som fakturan ska skickas till.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Ingen e-postserver är inställd än: använd ”E-postserver…” först.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring), så TechLedger kan inte komma ihåg e-postserverns lösenord och skriver det aldrig till disk. Ange det för den här sessionen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Faktura skickas</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>mängd %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>à-pris %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ingen ändring</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Ändra rad %1: %2</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Lägg till en rad: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Lägg till en rabatt: %1</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Ta bort rad %1 (”%2”)</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Ta bort utkastet (dess arbete blir ofakturerat igen)</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ändra anteckningarna till: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Utfärda utkastet med datum %1</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>någon annan tog bort det</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>någon annan utfärdade det som %1</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>ändrade rader: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>tillagda rader: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>borttagna rader: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>anteckningarna ändrade</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>summa nu %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Någon annan ändrade utkastet efter att du öppnade det</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Din ändring (inte sparad än)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Läs in deras och gör om min ändring</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Släng min ändring</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Utkastet finns inte längre, så din ändring kan inte sparas. Kopiera det du behöver.</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>De har utfärdat den: den kan inte längre ändras. Rätta den med en kreditnota.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Din ändring sparades inte, så inget av deras skrevs över. Deras sparade version visas här, med det de ändrade markerat; utkastet som du hade det finns kvar nedan. Gör om din ändring ovanpå deras, eller släng din.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Deras version: utkastet togs bort</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Deras sparade utkast: %1 rader, summa %2</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Deras anteckningar (ändrade): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Deras anteckningar: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Spara raden</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Spara raden (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Släng ändringarna (Esc)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Ny rabatt</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>st</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>avdrag</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Lägg till rabatt</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>En rad behöver en beskrivning.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Ange en enhet, t.ex. h eller st.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-post…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Betalning…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreditnota…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Tillbaka till listan (eller släng raden som skrivs)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Anteckningar som skrivs ut på fakturan</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Spara anteckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>utkastet</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Fakturautkast — inget nummer förrän den utfärdas</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Netto %1 · moms %2</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Utfört arbete</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 rader; välj en för att ändra den</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterat</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 för mycket betalt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Återförd</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Tillgodohavande använt</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Tillgodohavande flyttat</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Kundens tillgodohavande</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 från tidigare betalningar kan betala den här fakturan (Betalning ▸ Använd tillgodohavande…)</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotor</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Rättar</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Skapar PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>PDF:en kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Rad %1 borttagen; dess arbete är ofakturerat igen.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Faktura %1 utfärdad.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Någon annan tog bort raden; lägg till din som en ny rad om det behövs.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Någon annan tog bort utkastet; din ändring sparades inte.</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Din ändring slängdes; utkastet visar den sparade versionen.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Spara PDF:en</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF:en sparades inte: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Skickade %1 till %2.</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Använd tillgodohavande…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Återför en betalning…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Betalningen återförd; saldot är uppdaterat.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Tillgodohavandet använt; saldot är uppdaterat.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Kreditnota %1 utfärdad (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Välj en faktura för att se detaljerna.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Återkommande avgifter för perioder som börjar från och med denna dag</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Arbete utfört till och med denna dag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Månadsavslut…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Sök nummer, kund eller status…</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Registrera pengar som kommit in för fakturan</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Rätta fakturan med en kreditnota</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Inget månadsavslut ännu. Starta ett med Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Ofakturerat arbete</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alla fakturor</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 kunder med ofakturerat arbete · %2 timmar till och med %3</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Välj kunden som fakturautkastet gäller.</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Allt finns redan på utkastet; här är det.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Fakturautkastet skapas</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Utkastet för %1 är borttaget; arbetet är ofakturerat igen.</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Utkastet för %1 togs inte bort: någon annan ändrade det efter att du öppnade det (%2). Öppna det för att se deras version och ta sedan bort det igen om det ska bort.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>%1 av %2 kunder klara — senast: %3</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 fakturor utfärdade</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 av dem bara för täckt arbete (förbetalda timmar eller avtal: inget att betala)</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 problem att titta på</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>avbrutet: övriga kunder förblir ofakturerade</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Månadsavslutet stoppades: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Äldsta</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Uppskattning</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Kan inte skapa utkast</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 tidsposter, %2 material</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Ofakturerat i %1 dagar</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Mängd och enhet</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>À-pris (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Nettobelopp (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Avsiktligt: fakturan listar de timmar som kundens förbetalda timmar eller avtal täckte; kunden är inte skyldig något för den.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Utfärdade %1 — inget att betala: täckt av förbetalda timmar eller avtal</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Utfärdade %1</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Inget att fakturera</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Överskridet</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Hos leverantör</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Leverantören sen</translation>
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
        <translation>Om TechLedger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Databasschema</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s newest: %2)</source>
        <translation>%1 (den här versionens senaste: %2)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Qt / Python</source>
        <translation>Qt / Python</translation>
    </message>
    <message>
        <source>Invoices and reports embed the DejaVu Sans font, shipped under this licence:</source>
        <translation>Fakturor och rapporter bäddar in typsnittet DejaVu Sans, som levereras under denna licens:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was saved. What you typed is still here: press OK to try again.</source>
        <translation>Någon annan ändrade ärendet i samma ögonblick, så inget sparades. Det du skrev finns kvar här: tryck OK för att försöka igen.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>En säkerhetskopiering eller återställning pågår redan.</translation>
    </message>
    <message>
        <source>This window is connected to a shared PostgreSQL server. Back the server up with pg_dump (see docs/shared-database.md); the app backs up SQLite files only.</source>
        <translation>Det här fönstret är anslutet till en delad PostgreSQL-server. Säkerhetskopiera servern med pg_dump (se docs/shared-database.md); appen säkerhetskopierar bara SQLite-filer.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Säkerhetskopierar databasen…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MiB).</source>
        <translation>Säkerhetskopierat till %1 (%2 MiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) rotated out.</source>
        <translation>
            <numerusform>%n gammal säkerhetskopia togs bort.</numerusform>
            <numerusform>%n gamla säkerhetskopior togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Avbrutet; inget ändrades.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Åtgärden misslyckades: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>TechLedger databases (*.db);;All files (*)</source>
        <translation>TechLedger-databaser (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? The current data is kept as a backup first.</source>
        <translation>Ersätta datan i %1 med säkerhetskopian %2? Nuvarande data sparas först som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Det är själva databasen, inte en säkerhetskopia av den.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <source>Restoring — this step cannot be cancelled…</source>
        <translation>Återställer — detta steg kan inte avbrytas…</translation>
    </message>
    <message>
        <source>Restoring from backup…</source>
        <translation>Återställer från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Återställt från %1.</translation>
    </message>
    <message>
        <source>The data it held before is kept in %1.</source>
        <translation>Den data som fanns innan finns kvar i %1.</translation>
    </message>
    <message>
        <source>⚠ Database on a network drive</source>
        <translation>⚠ Databasen ligger på en nätverksenhet</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1.</source>
        <translation>Automatisk säkerhetskopia sparad i %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopian misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Business hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>The shop&apos;s working week. SLA clocks run only inside these hours (unless a contract has hours of its own) and work outside them can carry an after-hours rate.</source>
        <translation>Företagets arbetsvecka. SLA-klockor går bara under dessa tider (om inte ett avtal har egna), och arbete utanför dem kan ha ett pris för obekväm tid.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>Type the opening hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00 with a lunch break. Leave a day empty when the shop is closed.</source>
        <translation>Skriv öppettiderna som 08:00–17:00, eller 08:00–12:00, 13:00–17:00 med lunchpaus. Lämna en dag tom när företaget har stängt.</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Spara öppettiderna</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Helgdagar</translation>
    </message>
    <message>
        <source>The country&apos;s public holidays are known already; add the shop&apos;s own days off (a bridge day, the company outing).</source>
        <translation>Landets allmänna helgdagar är redan kända; lägg till företagets egna lediga dagar (en klämdag, personalfesten).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Lägg till helgdag</translation>
    </message>
    <message>
        <source>Default SLA targets</source>
        <translation>Standardmål för SLA</translation>
    </message>
    <message>
        <source>In business hours, for tickets whose contract sets no targets of its own. 0 means no target for that priority.</source>
        <translation>I arbetstid, för ärenden vars avtal saknar egna mål. 0 betyder inget mål för den prioriteten.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Save SLA targets</source>
        <translation>Spara SLA-mål</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Business hours saved; open tickets updated.</source>
        <translation>Öppettiderna sparade; öppna ärenden uppdaterade.</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Helgdag tillagd.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Helgdag borttagen.</translation>
    </message>
    <message>
        <source>SLA targets saved; open tickets updated.</source>
        <translation>SLA-målen sparade; öppna ärenden uppdaterade.</translation>
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
        <translation>Produkter och tjänster som används som material vid besök och ärenden. Med ett påslag följer priset kostnaden; utan är priset fast. En inaktiverad produkt försvinner ur väljarna men behåller sin historik.</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Sök på namn eller artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.nr</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Påslag</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Optional; unique when given.</source>
        <translation>Valfritt; unikt om det anges.</translation>
    </message>
    <message>
        <source>e.g. pc, m, h, licence</source>
        <translation>t.ex. st, m, h, licens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Markup over cost (%)</source>
        <translation>Påslag på kostnaden (%)</translation>
    </message>
    <message>
        <source>Empty: the price below is fixed. With a markup it follows the cost.</source>
        <translation>Tomt: priset nedan är fast. Med påslag följer det kostnaden.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Empty: the shop&apos;s standard rate.</source>
        <translation>Tomt: företagets normalsats.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Lägg till produkt</translation>
    </message>
    <message>
        <source>— the shop&apos;s standard rate —</source>
        <translation>— företagets normalsats —</translation>
    </message>
    <message>
        <source>Showing %1 of %2; type to narrow the list.</source>
        <translation>Visar %1 av %2; skriv för att begränsa listan.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produkten sparad.</translation>
    </message>
    <message>
        <source>Product deactivated.</source>
        <translation>Produkten inaktiverad.</translation>
    </message>
    <message>
        <source>Product reactivated.</source>
        <translation>Produkten återaktiverad.</translation>
    </message>
</context>
<context>
    <name>ClientCreditTab</name>
    <message>
        <source>Apply…</source>
        <translation>Använd…</translation>
    </message>
    <message>
        <source>Pay one of the client&apos;s open invoices from it</source>
        <translation>Betala en av kundens öppna fakturor med det</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Återbetala…</translation>
    </message>
    <message>
        <source>Record money sent back to the client</source>
        <translation>Registrera pengar som betalats tillbaka till kunden</translation>
    </message>
    <message>
        <source>Credit from earlier payments</source>
        <translation>Tillgodohavande från tidigare betalningar</translation>
    </message>
    <message>
        <source>Paid beyond the total on: %1</source>
        <translation>Betalt utöver totalen på: %1</translation>
    </message>
    <message>
        <source>Money paid beyond an invoice&apos;s total shows here.</source>
        <translation>Pengar som betalats utöver en fakturas total visas här.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tillgodo</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Tillgodo %1</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Time and materials</source>
        <translation>Löpande räkning</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Förbetalda timmar</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Förvaltade tjänster</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Tar emot</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Lägg till plats</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tillgodo</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;Momsnummer</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Dokument&amp;språk</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>&amp;Betalningsvillkor</translation>
    </message>
    <message>
        <source>The shop&apos;s rounding</source>
        <translation>Företagets avrundning</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Round t&amp;ime to</source>
        <translation>Avrunda t&amp;iden till</translation>
    </message>
    <message>
        <source>The shop&apos;s direction</source>
        <translation>Företagets riktning</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppåt</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Till närmaste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedåt</translation>
    </message>
    <message>
        <source>Rounding &amp;direction</source>
        <translation>Avrundnings&amp;riktning</translation>
    </message>
    <message>
        <source>e.g. 1:00 — empty uses the shop&apos;s minimum</source>
        <translation>t.ex. 1:00 — tomt: företagets minimum</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Minimidebitering</translation>
    </message>
    <message>
        <source>e.g. 95.00 — empty uses the shop&apos;s rates</source>
        <translation>t.ex. 95.00 — tomt använder företagets priser</translation>
    </message>
    <message>
        <source>Default hourly &amp;rate</source>
        <translation>Standardtimp&amp;ris</translation>
    </message>
    <message>
        <source>Show raw time next to billed time</source>
        <translation>Visa rå tid bredvid fakturerad tid</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved. They are still here: copy what you need, then Cancel and open the client again to see the other changes.</source>
        <translation>Någon annan ändrade kunden efter att du öppnade den, så dina ändringar sparades inte. De finns kvar här: kopiera det du behöver, tryck sedan Avbryt och öppna kunden igen för att se de andra ändringarna.</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Någon annan ändrade kunden efter att du öppnade den, så dina ändringar är inte sparade än. Båda versionerna visas nedan: kryssa i värdena du vill ta från deras, eller behåll alla dina, och tryck sedan OK för att spara.</translation>
    </message>
    <message>
        <source>the shop&apos;s</source>
        <translation>företagets</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Redigera kund</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Återta från arkiv</translation>
    </message>
    <message>
        <source>Contacts and sites of %1</source>
        <translation>Kontakter och platser för %1</translation>
    </message>
    <message>
        <source>Select a client to see its contacts and sites.</source>
        <translation>Välj en kund för att se dess kontakter och platser.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>No clients yet — click New client to add your first.</source>
        <translation>Inga kunder än — klicka på Ny kund för att lägga till den första.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Starttid</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Slutdatum</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Sluttid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Längd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Kund</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Tekniker</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Teknikerns e-post</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Arbetstyp</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Uppgift</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beskrivning</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Fakturerbart</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Timpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Belopp</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Fast pris</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Valuta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Taggar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Land</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">Momsnummer</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Betalningsvillkor (dagar)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Anteckningar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Roll</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Faktureringskontakt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">Artikelnummer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Enhet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Pris</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Kostnad</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Momssats</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company profile</source>
        <translation>Företagsprofil</translation>
    </message>
    <message>
        <source>These details print on every invoice and visit report.</source>
        <translation>Uppgifterna skrivs ut på varje faktura och besöksrapport.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Handelsnamn</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>The organisation number alone; e-invoices carry it.</source>
        <translation>Bara organisationsnumret; e-fakturor bär det.</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>Nummerschema</translation>
    </message>
    <message>
        <source>ISO 6523 code of the register, e.g. 0007 for Sweden.</source>
        <translation>ISO 6523-kod för registret, t.ex. 0007 för Sverige.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Printed with a payment QR code on invoices.</source>
        <translation type="vanished">Skrivs ut med en QR-kod för betalning på fakturor.</translation>
    </message>
    <message>
        <source>Printed on invoices. EUR invoices get the EPC payment QR code; CHF invoices to clients in Switzerland or Liechtenstein get the Swiss QR-bill when this is a CH or LI IBAN (a QR-IBAN too).</source>
        <translation>Skrivs ut på fakturor. Fakturor i EUR får EPC-betalkoden (QR); fakturor i CHF till kunder i Schweiz eller Liechtenstein får den schweiziska QR-fakturan när detta är ett CH- eller LI-IBAN (även QR-IBAN).</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accentfärg</translation>
    </message>
    <message>
        <source>Embed the e-invoice (EN 16931 XML) in invoice PDFs</source>
        <translation>Bädda in e-fakturan (EN 16931-XML) i fakturornas PDF</translation>
    </message>
    <message>
        <source>One file for people and accounting software (Factur-X / ZUGFeRD).</source>
        <translation>En fil för både människor och bokföringsprogram (Factur-X / ZUGFeRD).</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Spara profilen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed at the top of invoices. Large pictures are scaled down.</source>
        <translation>En PNG- eller JPEG-bild som skrivs ut överst på fakturor. Stora bilder skalas ner.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>This database has no company profile yet: fill it in and save.</source>
        <translation>Databasen har ingen företagsprofil än: fyll i den och spara.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilen sparad.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Välj logotypen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Filen är ingen PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logotypen sparad.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logotypen borttagen.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Two versions of this client</source>
        <translation>Två versioner av kunden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Two versions of this record</source>
        <translation>Två versioner av posten</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Theirs (tick to take)</source>
        <translation>Deras (kryssa för att ta)</translation>
    </message>
    <message>
        <source>Use the ticked values</source>
        <translation>Använd de ikryssade värdena</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Behåll alla mina värden</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Receives invoices</source>
        <translation>Tar emot fakturor</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Top up…</source>
        <translation>Fyll på…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Kontoutdrag PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Skriver kontoutdraget…</translation>
    </message>
    <message>
        <source>Statement not saved</source>
        <translation>Kontoutdraget sparades inte</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>No contracts yet. Time &amp; materials, prepaid hours, term support and managed services contracts all appear here.</source>
        <translation>Inga avtal än. Löpande räkning, förbetalda timmar, tidsbegränsad support och driftavtal visas här.</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Förbetalda timmar</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Alla avtal</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Aktiva avtal</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Snart slut</translation>
    </message>
    <message>
        <source>Including ended</source>
        <translation>Inklusive avslutade</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Reskontra</translation>
    </message>
    <message>
        <source>Writing the prepaid statement</source>
        <translation>Skriver kontoutdrag för förbetalda timmar</translation>
    </message>
    <message>
        <source>Select a contract to see its terms.</source>
        <translation>Välj ett avtal för att se villkoren.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tillsvidare</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Timpris</translation>
    </message>
    <message>
        <source>balance may go negative</source>
        <translation>saldot får bli negativt</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>No prepaid contract is running low.</source>
        <translation>Inget förbetalt avtal håller på att ta slut.</translation>
    </message>
    <message>
        <source>No prepaid-hours contracts yet. Add one to a client to sell blocks of hours.</source>
        <translation>Inga avtal med förbetalda timmar än. Lägg till ett hos en kund för att sälja timbankar.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>%1 h kvar</translation>
    </message>
    <message>
        <source>Statement saved: %1</source>
        <translation>Kontoutdraget sparat: %1</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>Kontoutdraget kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Hours included</source>
        <translation>Timmar som ingår</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Överskridande</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Minsta köp</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omfattar</translation>
    </message>
    <message>
        <source>Draws hours for</source>
        <translation>Drar timmar för</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>%1 h a week lately</source>
        <translation>%1 h i veckan på sistone</translation>
    </message>
    <message>
        <source>runs out about %1</source>
        <translation>tar slut omkring %1</translation>
    </message>
    <message>
        <source>minimum purchase %1 h</source>
        <translation>minsta köp %1 h</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>billed at %1 an hour</source>
        <translation>debiteras %1 per timme</translation>
    </message>
    <message>
        <source>%1 active, %2 running low</source>
        <translation>%1 aktiva, %2 snart slut</translation>
    </message>
    <message>
        <source>Ledger — %1 · %2</source>
        <translation>Reskontra — %1 · %2</translation>
    </message>
    <message>
        <source>%1 h expire on %2</source>
        <translation>%1 h förfaller %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Unbilled work</source>
        <translation>Ofakturerat arbete</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA i riskzonen</translation>
    </message>
    <message>
        <source>Prepaid running low</source>
        <translation>Förbetalda timmar snart slut</translation>
    </message>
    <message>
        <source>Hours per technician this week</source>
        <translation>Timmar per tekniker denna vecka</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Intäkter per månad</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>%1 still owed. Unpaid past the due date.</source>
        <translation>%1 är fortfarande obetalt efter förfallodagen.</translation>
    </message>
    <message>
        <source>Every issued invoice is paid or not yet due.</source>
        <translation>Alla utfärdade fakturor är betalda eller inte förfallna än.</translation>
    </message>
    <message>
        <source>%1 past the target, %2 close to it, of %3 open tickets.</source>
        <translation>%1 över målet, %2 nära det, av %3 öppna ärenden.</translation>
    </message>
    <message>
        <source>of %1 active prepaid contracts at an alert threshold or used up.</source>
        <translation>av %1 aktiva förbetalda avtal vid en larmgräns eller slut.</translation>
    </message>
    <message>
        <source> and %1 more currencies</source>
        <translation> och %1 valutor till</translation>
    </message>
    <message>
        <source>Everything billable is on an invoice.</source>
        <translation>Allt fakturerbart finns på en faktura.</translation>
    </message>
    <message>
        <source>%1 h of work, plus materials, at list rates.</source>
        <translation>%1 h arbete plus material, till listpris.</translation>
    </message>
    <message>
        <source>Also %1. </source>
        <translation>Även %1. </translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fakturerbart</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Ej fakturerbart</translation>
    </message>
    <message>
        <source>%1 h logged since Monday %2.</source>
        <translation>%1 h loggade sedan måndag %2.</translation>
    </message>
    <message>
        <source>%1: %2 h billable, %3 h not billable</source>
        <translation>%1: %2 h fakturerbart, %3 h ej fakturerbart</translation>
    </message>
    <message>
        <source>Revenue per month, %1 – %2 (net, %3)</source>
        <translation>Intäkter per månad, %1 – %2 (netto, %3)</translation>
    </message>
    <message>
        <source>%1 in 12 months.</source>
        <translation>%1 på 12 månader.</translation>
    </message>
    <message>
        <source>Invoiced in other currencies, not converted: %1.</source>
        <translation>Fakturerat i andra valutor, ej omräknat: %1.</translation>
    </message>
</context>
<context>
    <name>DayEntriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rå</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <source>Rounding rule</source>
        <translation>Avrundningsregel</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Överlappar en annan post för samma tekniker.</translation>
    </message>
    <message>
        <source>Preview: what invoicing would bill with today&apos;s rule.</source>
        <translation>Förhandsvisning: vad faktureringen skulle debitera med dagens regel.</translation>
    </message>
    <message>
        <source>As billed on the invoice.</source>
        <translation>Som fakturerat.</translation>
    </message>
</context>
<context>
    <name>EditTicketDialog</name>
    <message>
        <source>Edit ticket</source>
        <translation>Redigera ärende</translation>
    </message>
    <message>
        <source>Two versions of this ticket</source>
        <translation>Två versioner av ärendet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <source>(archived) #%1</source>
        <translation>(arkiverad) #%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, and it no longer exists, so your changes were not saved. Copy what you need, then Cancel.</source>
        <translation>Någon annan ändrade ärendet efter att du öppnade det, och det finns inte längre, så dina ändringar sparades inte. Kopiera det du behöver och tryck sedan Avbryt.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Någon annan ändrade ärendet efter att du öppnade det, så dina ändringar är inte sparade än. Båda versionerna visas nedan: kryssa i värdena du vill ta från deras, eller behåll alla dina, och tryck sedan OK för att spara.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Brådskande</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskalera</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>e.g. HP, Microsoft, Fortinet</source>
        <translation>t.ex. HP, Microsoft, Fortinet</translation>
    </message>
    <message>
        <source>Vendor&apos;s case number</source>
        <translation>Leverantörens ärendenummer</translation>
    </message>
    <message>
        <source>The vendor promised a date</source>
        <translation>Leverantören har lovat ett datum</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Utlovat till</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Nivå 0 · självhjälp</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Nivå 1 · första kontakt</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Nivå 2 · djupare felsökning</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Nivå 3 · specialister</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Nivå 4 · leverantör</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Exportera data</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Var filen ska sparas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Amounts are exact decimals. Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe.</source>
        <translation>Belopp är exakta decimaltal. Text som ett kalkylblad skulle köra som formel (börjar med = + - @) skrivs med en inledande apostrof.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportera:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Välj var filen ska sparas.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Skrev %1 rader till %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="vanished">Tidsposter</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Fakturor</translation>
    </message>
    <message>
        <source>Accounting (invoices, VAT per rate, payments)</source>
        <translation type="vanished">Bokföring (fakturor, moms per sats, betalningar)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Client feedback</source>
        <translation>Kundens omdöme</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Väntar på kunden</translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation>Väntar på leverantören</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Time &amp; materials</source>
        <translation>Löpande räkning</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Förbetalda timmar</translation>
    </message>
    <message>
        <source>Term support</source>
        <translation>Tidsbegränsad support</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Driftavtal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>“%1” is not a number; type it like %2.</source>
        <translation>”%1” är inget tal; skriv det som %2.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>TechLedger user guide</source>
        <translation>Användarhandbok för TechLedger</translation>
    </message>
    <message>
        <source>The user guide was not found at %1.</source>
        <translation>Användarhandboken hittades inte i %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About TechLedger</source>
        <translation>&amp;Om TechLedger</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ingen beskrivning)</translation>
    </message>
</context>
<context>
    <name>HelpSite</name>
    <message>
        <source>Client help site: %1 article(s) written to %2.</source>
        <translation>Kundens hjälpwebbplats: %1 artikel/artiklar skrivna till %2.</translation>
    </message>
    <message>
        <source>Folder for the client help site</source>
        <translation>Mapp för kundens hjälpwebbplats</translation>
    </message>
    <message>
        <source>The client help site was not written: %1</source>
        <translation>Kundens hjälpwebbplats skrevs inte: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>and %n more</source>
        <translation>och %n till</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Gammalt → nytt</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Inga ändringar har registrerats för posten än.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n registrerad ändring, nyast först.</numerusform>
            <numerusform>%n registrerade ändringar, nyast först.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (computer account)</source>
        <translation>%1 (datorkonto)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n fält</numerusform>
            <numerusform>%n fält</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Fakturarad</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Löpnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Rättar faktura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Supplied from</source>
        <translation>Levererat från</translation>
    </message>
    <message>
        <source>Supplied to</source>
        <translation>Levererat till</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Seller details</source>
        <translation>Säljarens uppgifter</translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation>Köparens uppgifter</translation>
    </message>
    <message>
        <source>Tamper check</source>
        <translation>Manipuleringskontroll</translation>
    </message>
    <message>
        <source>Previous tamper check</source>
        <translation>Föregående manipuleringskontroll</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Á-pris</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Momskategori</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Skäl till momsbefrielse</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>Momsavrundning</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Arbetad tid</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Debiterad tid</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period till</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Krediterar rad</translation>
    </message>
    <message>
        <source>Releases the work</source>
        <translation>Frigör arbetet</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Reverses payment</source>
        <translation>Återför betalning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <source>Invoice line %1</source>
        <translation>Fakturarad %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Contract fee</source>
        <translation>Avtalsavgift</translation>
    </message>
    <message>
        <source>Contract work type</source>
        <translation>Arbetstyp i avtal</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-mål</translation>
    </message>
    <message>
        <source>Prepaid ledger entry</source>
        <translation>Post i timbanken</translation>
    </message>
    <message>
        <source>Rate rule</source>
        <translation>Prisregel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importera data</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>De första raderna, så som de kommer att läsas</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Kontrollera (provkörning)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>%1 (guessed: the file is not UTF-8; choose its encoding above)</source>
        <translation>%1 (gissat: filen är inte UTF-8; välj dess kodning ovan)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 rows</source>
        <translation>%1 — %2, %3, %4 rader</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run or import.</source>
        <translation>Kontrollera kolumnerna och gör sedan en provkörning eller importera.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerar %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>%1 av %2 rader kan importeras.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alla rader kan importeras.</translation>
    </message>
    <message>
        <source>Imported %1 rows in %2 s.</source>
        <translation>Importerade %1 rader på %2 s.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Fix them in the file, or tick &apos;Skip bad rows&apos;.</source>
        <translation>Inget importerades: %1 rader avvisas. Rätta dem i filen eller kryssa i ”Hoppa över felaktiga rader”.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importen avbröts; inget importerades.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Importen misslyckades och inget importerades: %1</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Avgör utifrån rubrikraden</translation>
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
        <translation type="vanished">Annan CSV (kolumner efter namn)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Starttid</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Slutdatum</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Sluttid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Längd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Kund</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Tekniker</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Teknikerns e-post</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Arbetstyp</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Uppgift</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beskrivning</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Fakturerbart</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Timpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Belopp</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Fast pris</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Valuta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Taggar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Gatuadress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Land</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">Momsnummer</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Betalningsvillkor (dagar)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Anteckningar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Roll</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Faktureringskontakt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">Artikelnummer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Enhet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Pris</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Kostnad</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Momssats</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Create missing clients</source>
        <translation>Skapa saknade kunder</translation>
    </message>
    <message>
        <source>Clients are matched by name, ignoring case. A name TechLedger does not know is created as a new client with the company&apos;s country and currency when this is ticked; otherwise its rows are rejected.</source>
        <translation>Kunder matchas på namn utan hänsyn till skiftläge. Ett namn som TechLedger inte känner till skapas som ny kund med företagets land och valuta när detta är ikryssat; annars avvisas dess rader.</translation>
    </message>
    <message>
        <source>Create missing technicians and work types</source>
        <translation>Skapa saknade tekniker och arbetstyper</translation>
    </message>
    <message>
        <source>Users and activities TechLedger does not know are added as technicians and work types when this is ticked; otherwise their rows are rejected.</source>
        <translation>Användare och aktiviteter som TechLedger inte känner till läggs till som tekniker och arbetstyper när detta är ikryssat; annars avvisas deras rader.</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Avgör utifrån filen</translation>
    </message>
    <message>
        <source>Day first (31/03/2026)</source>
        <translation>Dag först (31/03/2026)</translation>
    </message>
    <message>
        <source>Month first (03/31/2026)</source>
        <translation>Månad först (03/31/2026)</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Hoppa över felaktiga rader</translation>
    </message>
    <message>
        <source>Ticked, the good rows are imported and the rejected ones left out. Unticked, nothing is imported while any row is rejected.</source>
        <translation>Ikryssat importeras de korrekta raderna och de avvisade utelämnas. Ej ikryssat importeras ingenting så länge någon rad avvisas.</translation>
    </message>
    <message>
        <source>Rows naming what TechLedger lacks are rejected, unless ticked above;
the dry run lists every name that would be created.</source>
        <translation>Rader som nämner något TechLedger saknar avvisas, om inte ikryssat ovan;
provkörningen listar varje namn som skulle skapas.</translation>
    </message>
    <message>
        <source>Work type when none is given:</source>
        <translation>Arbetstyp när ingen anges:</translation>
    </message>
    <message>
        <source>Dates like 03/02/2026:</source>
        <translation>Datum som 03/02/2026:</translation>
    </message>
    <message>
        <source>(no work types yet)</source>
        <translation>(inga arbetstyper än)</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Välj en fil för att se dess första rader.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected</source>
        <translation>%1 rader lästa, %2 avvisade</translation>
    </message>
    <message>
        <source>, %1 h raw time, %2 with the file&apos;s hourly rate, %3 not billable</source>
        <translation>, %1 h rå tid, %2 med filens timpris, %3 ej fakturerbara</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Will be created (%1):</source>
        <translation>Kommer att skapas (%1):</translation>
    </message>
    <message>
        <source>Created (%1):</source>
        <translation>Skapade (%1):</translation>
    </message>
    <message>
        <source>Columns not imported (%1):</source>
        <translation>Kolumner som inte importeras (%1):</translation>
    </message>
</context>
<context>
    <name>ImportSourceForm</name>
    <message>
        <source>Time entries</source>
        <translation>Tidsposter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation type="vanished">Automatiskt (UTF-8 eller UTF-16)</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, UTF-16, else Windows-1252)</source>
        <translation>Automatiskt (UTF-8, UTF-16, annars Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (västeuropeisk)</translation>
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
        <translation>Välj en CSV-fil…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Exporterad av:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importera en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Avgör utifrån rubrikraden</translation>
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
        <translation type="vanished">Annan CSV (kolumner efter namn)</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Ange en mängd.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>En mängd har högst tre decimaler.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Mängden kan inte vara noll.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Mängden är för stor.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Ångra (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>En rad per post</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>En rad per ärende</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>En rad per besök</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>En rad per arbetstyp</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrera en betalning</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Mottaget den</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Sätt</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferens</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>t.ex. raden på kontoutdraget</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>Hela &amp;fakturan (det som återstår)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Valda rader och mängder</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Skrivs ut på kreditnotan</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Gör det krediterade arbetet &amp;fakturerbart igen</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Tid och material på helt krediterade rader blir ofakturerat arbete igen och kan faktureras på nytt (till exempel med rättat pris).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>&amp;Fakturadatum</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Månadsavslut</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Skapar och utfärdar en faktura per kund med ofakturerat arbete eller en förfallen avgift. Varje kund sparas för sig: avbryter du behålls fakturorna som redan utfärdats och resten förblir ofakturerat.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;från</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Period &amp;till</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Din ändring slängdes; utkastet visar den sparade versionen.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Någon annan tog bort raden; lägg till din som en ny rad om det behövs.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Någon annan tog bort utkastet; din ändring sparades inte.</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>någon annan tog bort det</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ingen ändring</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Ta bort utkastet (dess arbete blir ofakturerat igen)</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>ändrade rader: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>tillagda rader: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>borttagna rader: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>anteckningarna ändrade</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Någon annan ändrade utkastet efter att du öppnade det</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Din ändring (inte sparad än)</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Läs in deras och gör om min ändring</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Släng min ändring</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Utfärda utkastet med datum %1</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>någon annan utfärdade det som %1</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>summa nu %1</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Utkastet finns inte längre, så din ändring kan inte sparas. Kopiera det du behöver.</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Deras version: utkastet togs bort</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Lägg till en rad: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Lägg till en rabatt: %1</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ändra anteckningarna till: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>De har utfärdat den: den kan inte längre ändras. Rätta den med en kreditnota.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Din ändring sparades inte, så inget av deras skrevs över. Deras sparade version visas här, med det de ändrade markerat; utkastet som du hade det finns kvar nedan. Gör om din ändring ovanpå deras, eller släng din.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>mängd %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>à-pris %1</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Deras anteckningar (ändrade): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Deras anteckningar: %1</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Ändra rad %1: %2</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Ta bort rad %1 (”%2”)</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Deras sparade utkast: %1 rader, summa %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Utkastet för %1 togs inte bort: någon annan ändrade det efter att du öppnade det (%2). Öppna det för att se deras version och ta sedan bort det igen om det ska bort.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Kom ihåg det i systemets nyckelring</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Det finns bara i minnet, tills TechLedger stängs.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Bifogat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>E-post&amp;server…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Kryssa i raderna som ska krediteras.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Ange adressen som fakturan ska skickas till.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Ingen e-postserver är inställd än: använd ”E-postserver…” först.</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Faktura skickas</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Belopp (%1)</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Kreditnota för %1</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Krediterat netto: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Krediterat netto: %1 (plus moms)</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Ange varför fakturan rättas; orsaken skrivs ut.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Utfärda fakturorna på periodens sista dag eller senare.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring), så TechLedger kan inte komma ihåg e-postserverns lösenord och skriver det aldrig till disk. Ange det för den här sessionen.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Faktura %1 · %2 · utestående %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Spara raden</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Spara raden (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Släng ändringarna (Esc)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Tillbaka till listan (eller släng raden som skrivs)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Anteckningar som skrivs ut på fakturan</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Spara anteckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Skapar PDF…</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>st</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Återför en betalning</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>För en betalning som registrerats av misstag. Den finns kvar; en återföring på samma belopp läggs till med din anledning, och saldot följer med.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Betalning</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>t.ex. bokförd på fel faktura</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Använd tillgodohavande</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Återbetala tillgodohavande</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>t.ex. återbetalt via banköverföring</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Ange varför betalningen återförs; anledningen sparas.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Ange varför eller hur pengarna betalades tillbaka; det sparas.</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Välj betalningen som ska återföras.</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Tillgodohavande från tidigare betalningar: %1</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Kunden har ingen öppen faktura att använda det på.</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 att betala</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-post…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Betalning…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreditnota…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Fakturautkast — inget nummer förrän den utfärdas</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Utfört arbete</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Återförd</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Tillgodohavande använt</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Tillgodohavande flyttat</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Kundens tillgodohavande</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 från tidigare betalningar kan betala den här fakturan (Betalning ▸ Använd tillgodohavande…)</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Använd tillgodohavande…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Återför en betalning…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Betalningen återförd; saldot är uppdaterat.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Tillgodohavandet använt; saldot är uppdaterat.</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 av dem bara för täckt arbete (förbetalda timmar eller avtal: inget att betala)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Spara PDF:en</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Ny rabatt</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>avdrag</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Lägg till rabatt</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>En rad behöver en beskrivning.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Ange en enhet, t.ex. h eller st.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Rättar</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Rad %1 borttagen; dess arbete är ofakturerat igen.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Faktura %1 utfärdad.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>utkastet</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 rader; välj en för att ändra den</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterat</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotor</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Netto %1 · moms %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>PDF:en kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF:en sparades inte: %1</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 för mycket betalt</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Skickade %1 till %2.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Kreditnota %1 utfärdad (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Välj en faktura för att se detaljerna.</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Återkommande avgifter för perioder som börjar från och med denna dag</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Arbete utfört till och med denna dag</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Sök nummer, kund eller status…</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Inget månadsavslut ännu. Starta ett med Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Ofakturerat arbete</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alla fakturor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Månadsavslut…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Registrera pengar som kommit in för fakturan</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Rätta fakturan med en kreditnota</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Välj kunden som fakturautkastet gäller.</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 fakturor utfärdade</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>avbrutet: övriga kunder förblir ofakturerade</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Allt finns redan på utkastet; här är det.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Fakturautkastet skapas</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Utkastet för %1 är borttaget; arbetet är ofakturerat igen.</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Månadsavslutet stoppades: %1</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 problem att titta på</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 kunder med ofakturerat arbete · %2 timmar till och med %3</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>%1 av %2 kunder klara — senast: %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Äldsta</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Uppskattning</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Mängd och enhet</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Avsiktligt: fakturan listar de timmar som kundens förbetalda timmar eller avtal täckte; kunden är inte skyldig något för den.</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Inget att fakturera</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Kan inte skapa utkast</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Ofakturerat i %1 dagar</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>À-pris (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Nettobelopp (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Utfärdade %1 — inget att betala: täckt av förbetalda timmar eller avtal</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Utfärdade %1</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 tidsposter, %2 material</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Solved 1 ticket</source>
        <translation>Löste 1 ärende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Tillfällig lösning</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>comma-separated, e.g. printer, m365</source>
        <translation>kommaseparerade, t.ex. skrivare, m365</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interna anteckningar</translation>
    </message>
    <message>
        <source>For technicians only; never exported</source>
        <translation>Bara för tekniker; exporteras aldrig</translation>
    </message>
    <message>
        <source>Search symptoms, causes, fixes, tags…</source>
        <translation>Sök symptom, orsaker, åtgärder, taggar…</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Redigera artikel</translation>
    </message>
    <message>
        <source>Show on the client help site</source>
        <translation>Visa på kundens hjälpwebbplats</translation>
    </message>
    <message>
        <source>Solved %1 tickets</source>
        <translation>Löste %1 ärenden</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kunskapsbank</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Ingen artikel matchar.</translation>
    </message>
    <message>
        <source>Solved %1</source>
        <translation>Löste %1</translation>
    </message>
</context>
<context>
    <name>LanguagesSection</name>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Invoices, visit reports and messages are written in the client&apos;s language; this one is used when the client has none.</source>
        <translation>Fakturor, besöksrapporter och meddelanden skrivs på kundens språk; detta används när kunden inte har något.</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Standardspråk för dokument</translation>
    </message>
    <message>
        <source>Save document language</source>
        <translation>Spara dokumentspråket</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Gränssnitt</translation>
    </message>
    <message>
        <source>The language of TechLedger&apos;s menus, windows, numbers and dates on this computer, for you only. TechLedger restarts to show it.</source>
        <translation>Språket i TechLedgers menyer, fönster, tal och datum på den här datorn, bara för dig. TechLedger startar om för att visa det.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved. TechLedger shows %1 after a restart.</source>
        <translation>Sparat. TechLedger visas på %1 efter en omstart.</translation>
    </message>
    <message>
        <source>Restart TechLedger</source>
        <translation>Starta om TechLedger</translation>
    </message>
    <message>
        <source>Restart TechLedger now to see it in %1?</source>
        <translation>Starta om TechLedger nu för att se det på %1?</translation>
    </message>
    <message>
        <source>TechLedger closes its windows and opens again: save any work you are still typing first.</source>
        <translation>TechLedger stänger sina fönster och öppnas igen: spara först det du fortfarande skriver.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>TechLedger stayed open; it shows the new language at the next start.</source>
        <translation>TechLedger förblev öppet; det nya språket visas vid nästa start.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittsspråk</translation>
    </message>
    <message>
        <source>Save interface language</source>
        <translation>Spara gränssnittsspråket</translation>
    </message>
    <message>
        <source>Document language saved.</source>
        <translation>Dokumentspråket sparat.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Inget matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>time entries</source>
        <translation>tidsposter</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>fakturor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Raw time</source>
        <translation>Rå tid</translation>
    </message>
    <message>
        <source>Billed time</source>
        <translation>Fakturerad tid</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fakturerbart</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
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
        <translation type="vanished">Logga tid</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Tekniker</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Arbetstyp</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minuter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Startad</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">Utfört arbete</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Utgående e-post (SMTP)</translation>
    </message>
    <message>
        <source>Used to send invoices and ticket messages. The server settings are stored with the data; the password only in this computer&apos;s password store.</source>
        <translation>Används för att skicka fakturor och ärendemeddelanden. Serverinställningarna sparas med datan; lösenordet bara i den här datorns lösenordsförråd.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>Ingen (okrypterad)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Empty: the company e-mail address.</source>
        <translation>Tomt: företagets e-postadress.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Spara e-postinställningarna</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <source>The acknowledgement and resolution messages sent to clients, and canned replies, in each language. Placeholders in braces are filled in when a message is written: %1</source>
        <translation>Bekräftelse- och lösningsmeddelanden till kunder samt standardsvar, på varje språk. Platshållare inom klammerparenteser fylls i när ett meddelande skrivs: %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Spara mallen</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password store (%1), never in the database or a settings file.</source>
        <translation>Lösenordet förvaras i den här datorns lösenordsförråd (%1), aldrig i databasen eller i en inställningsfil.</translation>
    </message>
    <message>
        <source>Asked for when mail is sent</source>
        <translation>Efterfrågas när e-post skickas</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the SMTP password, and it will never write it to disk. You will be asked for it once in each session, the first time mail is sent.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring), så TechLedger kan inte komma ihåg SMTP-lösenordet, och det skrivs aldrig till disk. Du får ange det en gång per session, första gången e-post skickas.</translation>
    </message>
    <message>
        <source>The server settings were saved, but the password store refused the password: you will be asked for it when mail is sent.</source>
        <translation>Serverinställningarna sparades, men lösenordsförrådet tog inte emot lösenordet: du får ange det när e-post skickas.</translation>
    </message>
    <message>
        <source>Stored — type to replace it</source>
        <translation>Sparat — skriv för att ersätta det</translation>
    </message>
    <message>
        <source>Mail settings and password saved.</source>
        <translation>E-postinställningar och lösenord sparade.</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>E-postinställningarna sparade.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Mallen sparad.</translation>
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
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kunskapsbank</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export client &amp;help site…</source>
        <translation>Exportera kundens &amp;hjälpwebbplats…</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Maintenance schedules</source>
        <translation>Underhållsscheman</translation>
    </message>
    <message>
        <source>Work that comes back on its own: each date of the rule opens a ticket from the template below, once. Dates missed while TechLedger was closed are caught up when it opens; a paused schedule makes nothing.</source>
        <translation>Arbete som kommer tillbaka av sig självt: varje datum i regeln öppnar ett ärende från mallen nedan, en gång. Datum som missats medan TechLedger var stängt tas igen när det öppnas; ett pausat schema skapar inget.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Inget avtal</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Egen regel</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <source>Rule (RFC 5545)</source>
        <translation>Regel (RFC 5545)</translation>
    </message>
    <message>
        <source>An RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO for the first Monday.</source>
        <translation>Ett RRULE-värde, t.ex. FREQ=MONTHLY;BYDAY=1MO för första måndagen.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <source>Ticket title</source>
        <translation>Ärendets rubrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>One item a line; the ticket lists them to tick off.</source>
        <translation>En punkt per rad; ärendet listar dem att bocka av.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Uppskattad tid</translation>
    </message>
    <message>
        <source>Hours, e.g. 1:30.</source>
        <translation>Timmar, t.ex. 1:30.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Lägg till schema</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>De närmaste 90 dagarna</translation>
    </message>
    <message>
        <source>Every date the running schedules will open a ticket on.</source>
        <translation>Varje datum då de aktiva schemana öppnar ett ärende.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Opened as</source>
        <translation>Öppnat som</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportera .ics…</translation>
    </message>
    <message>
        <source>First Monday of every month</source>
        <translation>Första måndagen varje månad</translation>
    </message>
    <message>
        <source>Every 3 months on the 15th</source>
        <translation>Var tredje månad den 15:e</translation>
    </message>
    <message>
        <source>Yearly on 1 March</source>
        <translation>Varje år den 1 mars</translation>
    </message>
    <message>
        <source>Every Monday</source>
        <translation>Varje måndag</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Sista arbetsdagen varje månad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>No dates.</source>
        <translation>Inga datum.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Schemat sparat.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Schemat återupptaget.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Schemat pausat.</translation>
    </message>
    <message>
        <source>Export the next 90 days</source>
        <translation>Exportera de närmaste 90 dagarna</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>%n händelse skriven.</numerusform>
            <numerusform>%n händelser skrivna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Log material</source>
        <translation>Logga material</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Not in the catalogue (type it below)</source>
        <translation>Inte i katalogen (skriv nedan)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>À-pris (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Använt av</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Använt den</translation>
    </message>
    <message>
        <source>Bill it to the client</source>
        <translation>Fakturera kunden</translation>
    </message>
    <message>
        <source>What was used, e.g. USB-C cable 2 m</source>
        <translation>Vad som användes, t.ex. USB-C-kabel 2 m</translation>
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
        <translation>Meddelande till kunden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Spara som .eml…</translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation>E-postserver…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Spara meddelandet</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-postmeddelande (*.eml)</translation>
    </message>
    <message>
        <source>No mail server is set up: use “Mail server…”, or save the message.</source>
        <translation>Ingen e-postserver är inställd: använd ”E-postserver…” eller spara meddelandet.</translation>
    </message>
    <message>
        <source>Type the client&apos;s e-mail address in “To”.</source>
        <translation>Skriv kundens e-postadress i ”Till”.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Not sent: you cancelled before the server was reached.</source>
        <translation>Inte skickat: du avbröt innan servern nåddes.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Inte skickat. %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <source>Sending the message to %1</source>
        <translation>Skickar meddelandet till %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="vanished">Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Resolution message</source>
        <translation type="vanished">Lösningsmeddelande</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation type="vanished">Standardsvar</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>What the user sees, in a few words</source>
        <translation>Vad användaren ser, med några ord</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <source>Then write the acknowledgement to the client</source>
        <translation>Skriv sedan bekräftelsen till kunden</translation>
    </message>
    <message>
        <source>Opens the message with the new ticket&apos;s number, ready to send or edit</source>
        <translation>Öppnar meddelandet med det nya ärendets nummer, klart att skicka eller redigera</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Brådskande</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Lägg till en anteckning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Public: the client may see it (counts as a reply)</source>
        <translation>Offentlig: kunden kan se den (räknas som svar)</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Redigera kund…</translation>
    </message>
    <message>
        <source>Archive or restore client</source>
        <translation>Arkivera eller återställ kund</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nytt ärende…</translation>
    </message>
    <message>
        <source>Helpdesk reports…</source>
        <translation>Helpdeskrapporter…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Ny artikel…</translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation>Redigera artikel…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Sök igen</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Ta bort post</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Ångra borttagning</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nytt besök…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Öppna besök</translation>
    </message>
    <message>
        <source>Top up prepaid hours…</source>
        <translation>Fyll på förbetalda timmar…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Kontoutdrag PDF…</translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation>Avtalshistorik…</translation>
    </message>
</context>
<context>
    <name>PrepaidOverview</name>
    <message>
        <source>Purchase</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Expiry due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Timmar kvar</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Nästa förfall</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Tar slut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>At the pace of the last 8 weeks: %1 h a week.</source>
        <translation>I takten de senaste 8 veckorna: %1 h i veckan.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>förfaller %1</translation>
    </message>
    <message>
        <source>invoiced elsewhere</source>
        <translation>fakturerat på annat sätt</translation>
    </message>
    <message>
        <source>not invoiced yet</source>
        <translation>inte fakturerat ännu</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>draft invoice %1</source>
        <translation>fakturautkast %1</translation>
    </message>
    <message>
        <source>%1 h used of %2 h in the open blocks. Alerts at %3.</source>
        <translation>%1 h använda av %2 h i de öppna blocken. Larm vid %3.</translation>
    </message>
</context>
<context>
    <name>PrepaidSection</name>
    <message>
        <source>Prepaid hours</source>
        <translation>Förbetalda timmar</translation>
    </message>
    <message>
        <source>Every block of hours a client buys is invoiced once, at its price, with the client&apos;s VAT. A block that costs nothing is not invoiced.</source>
        <translation>Varje timblock en kund köper faktureras en gång, till sitt pris, med kundens moms. Ett block som inte kostar något faktureras inte.</translation>
    </message>
    <message>
        <source>Invoice a block as soon as it is bought</source>
        <translation>Fakturera ett block så snart det köps</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>On: a top-up creates a draft invoice for the block at once. Off: the next month-end run for the client invoices it.</source>
        <translation>På: en påfyllning skapar genast ett fakturautkast för blocket. Av: nästa månadskörning för kunden fakturerar det.</translation>
    </message>
    <message>
        <source>Save prepaid settings</source>
        <translation>Spara inställningar för förbetalda timmar</translation>
    </message>
    <message>
        <source>Prepaid settings saved.</source>
        <translation>Inställningarna för förbetalda timmar sparade.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Stop timer — log the work</source>
        <translation>Stoppa timern — logga arbetet</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Ny tidspost</translation>
    </message>
    <message>
        <source>— pick a client —</source>
        <translation>— välj en kund —</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it like %2.</source>
        <translation>”%1” är inget datum och klockslag; skriv det som %2.</translation>
    </message>
    <message>
        <source>1:30, 1.5 or 90m</source>
        <translation>1:30, 1.5 eller 90m</translation>
    </message>
    <message>
        <source>10:30</source>
        <translation>10:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <source>&amp;Work type</source>
        <translation>&amp;Arbetstyp</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Sl&amp;ut</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Beskr&amp;ivning</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(inget ärende)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so it was not saved. Your changes are still here: copy what you need, then Cancel and open the record again to see the other changes.</source>
        <translation>Någon annan ändrade posten efter att du öppnade den, så den sparades inte. Dina ändringar finns kvar här: kopiera det du behöver, tryck sedan Avbryt och öppna posten igen för att se de andra ändringarna.</translation>
    </message>
    <message>
        <source>This record no longer exists; it was not saved.</source>
        <translation>Posten finns inte längre; den sparades inte.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsTableModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Löst med artikel</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(ingen artikel)</translation>
    </message>
</context>
<context>
    <name>RoundingSection</name>
    <message>
        <source>Rounding and minimum charge</source>
        <translation>Avrundning och minimidebitering</translation>
    </message>
    <message>
        <source>Billed time is rounded from the raw time, which is always kept next to it. These are the defaults; a client or contract can set its own.</source>
        <translation>Fakturerad tid avrundas från den råa tiden, som alltid sparas bredvid. Detta är standardvärden; en kund eller ett avtal kan ha egna.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Avrunda till</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppåt</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Till närmaste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedåt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Each time entry</source>
        <translation>Varje tidspost</translation>
    </message>
    <message>
        <source>Each visit</source>
        <translation>Varje besök</translation>
    </message>
    <message>
        <source>Each ticket</source>
        <translation>Varje ärende</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Minimidebitering</translation>
    </message>
    <message>
        <source>E.g. 60 min: an on-site visit is billed at least one hour. 0 for none.</source>
        <translation>T.ex. 60 min: ett besök på plats debiteras minst en timme. 0 för ingen.</translation>
    </message>
    <message>
        <source>Save rounding</source>
        <translation>Spara avrundningen</translation>
    </message>
    <message>
        <source>Save the company profile first.</source>
        <translation>Spara företagsprofilen först.</translation>
    </message>
    <message>
        <source>Rounding saved.</source>
        <translation>Avrundningen sparad.</translation>
    </message>
</context>
<context>
    <name>SeriesSection</name>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {series} the code, {seq} the running number ({seq:05} pads it to 5 digits).</source>
        <translation>Fält: {YYYY} år, {YY} kort år, {MM} månad, {series} koden, {seq} löpnumret ({seq:05} fyller ut till 5 siffror).</translation>
    </message>
    <message>
        <source>Invoice number series</source>
        <translation>Nummerserier för fakturor</translation>
    </message>
    <message>
        <source>Numbers are given when an invoice is issued, one after the other in each series. A series that has issued invoices can be deactivated but never deleted.</source>
        <translation>Nummer ges när en faktura utfärdas, i tur och ordning i varje serie. En serie med utfärdade fakturor kan inaktiveras men aldrig tas bort.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Mönster</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nästa nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a series in the list to change it</source>
        <translation>Välj en serie i listan för att ändra den</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotor</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Lägg till serie</translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Every new ticket gets its number at once. Numbers already given stay.</source>
        <translation>Varje nytt ärende får sitt nummer direkt. Nummer som redan getts står kvar.</translation>
    </message>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {seq} the running number; with a year in it, the count starts again each year.</source>
        <translation>Fält: {YYYY} år, {YY} kort år, {MM} månad, {seq} löpnumret; med ett år i mönstret börjar räkningen om varje år.</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Nästa ärende</translation>
    </message>
    <message>
        <source>Save ticket numbering</source>
        <translation>Spara ärendenumreringen</translation>
    </message>
    <message>
        <source>—  (the pattern is not complete)</source>
        <translation>—  (mönstret är inte komplett)</translation>
    </message>
    <message>
        <source>Ticket numbering saved.</source>
        <translation>Ärendenumreringen sparad.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Series saved.</source>
        <translation>Serien sparad.</translation>
    </message>
    <message>
        <source>Series added.</source>
        <translation>Serien tillagd.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Enter the company profile in Settings first.</source>
        <translation>Fyll i företagsprofilen under Inställningar först.</translation>
    </message>
    <message>
        <source>Add a standard VAT rate in Settings first.</source>
        <translation>Lägg till en normal momssats under Inställningar först.</translation>
    </message>
    <message>
        <source>an entry must end after it starts</source>
        <translation>en post måste sluta efter att den börjar</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>Enter an address such as office@example.com.</source>
        <translation>Ange en adress som kontor@example.com.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country.</source>
        <translation>Välj kundens land.</translation>
    </message>
    <message>
        <source>A VAT id has only letters, digits, spaces, dots and dashes.</source>
        <translation>Ett momsnummer har bara bokstäver, siffror, mellanslag, punkter och bindestreck.</translation>
    </message>
    <message>
        <source>Choose the currency the client is invoiced in.</source>
        <translation>Välj valutan kunden faktureras i.</translation>
    </message>
    <message>
        <source>Choose a document language.</source>
        <translation>Välj ett dokumentspråk.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Betalningsvillkor är 0 till 365 dagar.</translation>
    </message>
    <message>
        <source>Remove the control characters from this field.</source>
        <translation>Ta bort styrtecknen från fältet.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Ange kontaktens namn.</translation>
    </message>
    <message>
        <source>Enter an address such as anna@example.com.</source>
        <translation>Ange en adress som anna@example.com.</translation>
    </message>
    <message>
        <source>Enter a distance in km such as 12.5.</source>
        <translation>Ange ett avstånd i km, t.ex. 12.5.</translation>
    </message>
    <message>
        <source>The distance is too large.</source>
        <translation>Avståndet är för stort.</translation>
    </message>
    <message>
        <source>Enter a name for the site, e.g. Head office.</source>
        <translation>Ge platsen ett namn, t.ex. Huvudkontor.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s country.</source>
        <translation>Välj platsens land.</translation>
    </message>
    <message>
        <source>Travel time is 0 to 1440 minutes.</source>
        <translation>Restiden är 0 till 1440 minuter.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>A statement covers dates between the years 1900 and 2999.</source>
        <translation>Ett kontoutdrag gäller datum mellan åren 1900 och 2999.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>En rad behöver en beskrivning.</translation>
    </message>
    <message>
        <source>A line needs a quantity.</source>
        <translation>En rad behöver en mängd.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you saved.</source>
        <translation>Någon annan ändrade utkastet medan du sparade.</translation>
    </message>
    <message>
        <source>Remove the line instead of setting its quantity to zero.</source>
        <translation>Ta bort raden i stället för att sätta mängden till noll.</translation>
    </message>
    <message>
        <source>Exports never write floats.</source>
        <translation>Exporter skriver aldrig flyttal.</translation>
    </message>
    <message>
        <source>Feedback is asked for after the ticket is resolved.</source>
        <translation>Omdöme efterfrågas när ärendet är löst.</translation>
    </message>
    <message>
        <source>The rating is 1 (poor) to 5 (excellent).</source>
        <translation>Betyget är 1 (dåligt) till 5 (utmärkt).</translation>
    </message>
    <message>
        <source>Issue the draft first; a draft is not sent to the client.</source>
        <translation>Utfärda utkastet först; ett utkast skickas inte till kunden.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Ange adressen som fakturan ska skickas till.</translation>
    </message>
    <message>
        <source>Give the period as two dates.</source>
        <translation>Ange perioden som två datum.</translation>
    </message>
    <message>
        <source>There is no such invoice series.</source>
        <translation>Det finns ingen sådan fakturaserie.</translation>
    </message>
    <message>
        <source>Give the issue date as a real date.</source>
        <translation>Ange fakturadatumet som ett riktigt datum.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura behöver minst en rad.</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Ge artikeln en rubrik.</translation>
    </message>
    <message>
        <source>Describe at least the symptoms, a workaround or the fix.</source>
        <translation>Beskriv åtminstone symptomen, en tillfällig lösning eller åtgärden.</translation>
    </message>
    <message>
        <source>There is no such article.</source>
        <translation>Det finns ingen sådan artikel.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Ange en mängd.</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>En mall behöver ett namn och en text.</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s name and a port 1–65535.</source>
        <translation>Ange SMTP-serverns namn och en port 1–65535.</translation>
    </message>
    <message>
        <source>The client (or the contact) has no e-mail address.</source>
        <translation>Kunden (eller kontakten) har ingen e-postadress.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Det finns ingen sådan mall.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring); TechLedger will not write the password to disk. Enter it each time you send.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring); TechLedger skriver inte lösenordet till disk. Ange det varje gång du skickar.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring): the password cannot be remembered and will be asked for each time.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring): lösenordet kan inte sparas och efterfrågas varje gång.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Ange ett belopp.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <source>denominator must be positive</source>
        <translation>nämnaren måste vara positiv</translation>
    </message>
    <message>
        <source>A number pattern must contain {seq}, e.g. &apos;{YYYY}-{seq:05}&apos;.</source>
        <translation>Ett nummermönster måste innehålla {seq}, t.ex. &apos;{YYYY}-{seq:05}&apos;.</translation>
    </message>
    <message>
        <source>A draft has nothing to correct: edit it or delete it.</source>
        <translation>Ett utkast har inget att rätta: redigera eller ta bort det.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>En kreditnota kan inte själv krediteras.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Ange varför fakturan rättas; orsaken skrivs ut.</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>En betalning måste vara ett positivt belopp.</translation>
    </message>
    <message>
        <source>Give the day the payment was received.</source>
        <translation>Ange dagen betalningen kom in.</translation>
    </message>
    <message>
        <source>A payment reference has at most 200 characters.</source>
        <translation>En betalningsreferens har högst 200 tecken.</translation>
    </message>
    <message>
        <source>Credit whole quantities (thousandths of a unit).</source>
        <translation>Kreditera hela mängder (tusendelar av en enhet).</translation>
    </message>
    <message>
        <source>A top-up must add some hours.</source>
        <translation>En påfyllning måste lägga till timmar.</translation>
    </message>
    <message>
        <source>The price of a block cannot be negative.</source>
        <translation>Priset för ett block kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Give the date and time of the purchase.</source>
        <translation>Ange datum och tid för köpet.</translation>
    </message>
    <message>
        <source>The expiry is a date.</source>
        <translation>Förfallodagen är ett datum.</translation>
    </message>
    <message>
        <source>A block cannot expire before it is bought.</source>
        <translation>Ett block kan inte förfalla innan det köps.</translation>
    </message>
    <message>
        <source>Only positive minutes can be deducted.</source>
        <translation>Bara positiva minuter kan dras av.</translation>
    </message>
    <message>
        <source>Give the date and time of the deduction.</source>
        <translation>Ange datum och tid för avdraget.</translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation>En justering måste ändra saldot.</translation>
    </message>
    <message>
        <source>Say why the balance is adjusted.</source>
        <translation>Ange varför saldot justeras.</translation>
    </message>
    <message>
        <source>Enter the hours bought, like 10 or 7:30.</source>
        <translation type="vanished">Ange köpta timmar, som 10 eller 7:30.</translation>
    </message>
    <message>
        <source>Minutes go up to 59; type it like 7:30.</source>
        <translation type="vanished">Minuter går upp till 59; skriv som 7:30.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Någon annan ändrade posten efter att du öppnade den.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you saved.</source>
        <translation>Någon annan ändrade posten medan du sparade.</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>minuter kan inte vara negativa</translation>
    </message>
    <message>
        <source>a minimum charge cannot be negative</source>
        <translation>en minimidebitering kan inte vara negativ</translation>
    </message>
    <message>
        <source>Open the shop on at least one day.</source>
        <translation>Ha öppet minst en dag.</translation>
    </message>
    <message>
        <source>A unit has at most 20 characters.</source>
        <translation>En enhet har högst 20 tecken.</translation>
    </message>
    <message>
        <source>Enter the price, or a markup over the cost.</source>
        <translation>Ange priset eller ett påslag på kostnaden.</translation>
    </message>
    <message>
        <source>Cost and markup give a price that is too large.</source>
        <translation>Kostnad och påslag ger ett för högt pris.</translation>
    </message>
    <message>
        <source>Choose one of the active VAT rates.</source>
        <translation>Välj en av de aktiva momssatserna.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Ange företagets juridiska namn.</translation>
    </message>
    <message>
        <source>Choose the country the company is registered in.</source>
        <translation>Välj landet där företaget är registrerat.</translation>
    </message>
    <message>
        <source>The registration id is one line of at most 50 characters.</source>
        <translation>Organisationsnumret är en rad på högst 50 tecken.</translation>
    </message>
    <message>
        <source>The scheme is a four-digit ISO 6523 code, e.g. 0007.</source>
        <translation>Schemat är en fyrsiffrig ISO 6523-kod, t.ex. 0007.</translation>
    </message>
    <message>
        <source>This IBAN&apos;s check digits are wrong; check for a typo.</source>
        <translation>IBAN-numrets kontrollsiffror stämmer inte; leta efter ett skrivfel.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits.</source>
        <translation>En BIC har 8 eller 11 bokstäver och siffror.</translation>
    </message>
    <message>
        <source>Give the rate a short code, e.g. SE25.</source>
        <translation>Ge satsen en kort kod, t.ex. SE25.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>En momssats ligger mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>Exempt and reverse-charge rates need the reason printed on invoices.</source>
        <translation>Momsfria satser och omvänd skattskyldighet behöver skälet utskrivet på fakturor.</translation>
    </message>
    <message>
        <source>Give the series a code.</source>
        <translation>Ge serien en kod.</translation>
    </message>
    <message>
        <source>Give the work type a code, e.g. remote.</source>
        <translation>Ge arbetstypen en kod, t.ex. distans.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Enter the technician&apos;s name.</source>
        <translation>Ange teknikerns namn.</translation>
    </message>
    <message>
        <source>Support tiers run from 0 to 4.</source>
        <translation>Supportnivåer går från 0 till 4.</translation>
    </message>
    <message>
        <source>Give the dates the rate is valid.</source>
        <translation>Ange datumen då priset gäller.</translation>
    </message>
    <message>
        <source>The rate ends before it starts.</source>
        <translation>Priset slutar innan det börjar.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Namnge produkten.</translation>
    </message>
    <message>
        <source>Type the hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00; each span ends after it starts, in order.</source>
        <translation>Skriv tiderna som 08:00–17:00, eller 08:00–12:00, 13:00–17:00; varje intervall slutar efter att det börjar, i ordning.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Priser kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Enter the company profile first.</source>
        <translation>Fyll i företagsprofilen först.</translation>
    </message>
    <message>
        <source>Choose a colour like #1F5A96.</source>
        <translation>Välj en färg som #1F5A96.</translation>
    </message>
    <message>
        <source>Round to 1, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Avrunda till 1, 6, 10, 15, 30 eller 60 minuter.</translation>
    </message>
    <message>
        <source>Round up, to the nearest or down.</source>
        <translation>Avrunda uppåt, till närmaste eller nedåt.</translation>
    </message>
    <message>
        <source>Round each entry, each visit or each ticket.</source>
        <translation>Avrunda varje post, varje besök eller varje ärende.</translation>
    </message>
    <message>
        <source>A minimum charge lies between 0 and 24 hours.</source>
        <translation>En minimidebitering ligger mellan 0 och 24 timmar.</translation>
    </message>
    <message>
        <source>Choose one of the offered languages.</source>
        <translation>Välj ett av de erbjudna språken.</translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation>Namnge helgdagen.</translation>
    </message>
    <message>
        <source>This day is already in the list.</source>
        <translation>Dagen finns redan i listan.</translation>
    </message>
    <message>
        <source>Ticket numbers have no series: use {seq}, {YYYY}, {YY} and {MM}.</source>
        <translation>Ärendenummer har ingen serie: använd {seq}, {YYYY}, {YY} och {MM}.</translation>
    </message>
    <message>
        <source>Enter the registration id the scheme is for.</source>
        <translation>Ange organisationsnumret som schemat gäller.</translation>
    </message>
    <message>
        <source>A code is one line of at most 20 characters.</source>
        <translation>En kod är en rad på högst 20 tecken.</translation>
    </message>
    <message>
        <source>Only standard-rated (S) VAT has a rate above zero.</source>
        <translation>Bara normalbeskattad (S) moms har en sats över noll.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>Logotypen måste sparas som en PNG-bild.</translation>
    </message>
    <message>
        <source>The logo is too large; use a smaller picture.</source>
        <translation>Logotypen är för stor; använd en mindre bild.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Okänd prioritet.</translation>
    </message>
    <message>
        <source>The first response target must be above zero.</source>
        <translation>Målet för första svar måste vara över noll.</translation>
    </message>
    <message>
        <source>Resolution cannot be due before the first response.</source>
        <translation>Lösningen kan inte förfalla före första svaret.</translation>
    </message>
    <message>
        <source>No business hours within ten years: check the calendar and holidays.</source>
        <translation>Ingen arbetstid på tio år: kontrollera kalendern och helgdagarna.</translation>
    </message>
    <message>
        <source>Business minutes to add cannot be negative.</source>
        <translation>Arbetsminuter att lägga till kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The business hours have no open time at all.</source>
        <translation>Öppettiderna har ingen öppen tid alls.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue.</source>
        <translation>Produkten finns inte längre i katalogen.</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Det finns ingen sådan kund.</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Ge ärendet en rubrik.</translation>
    </message>
    <message>
        <source>A new ticket starts at tier 0–3; escalate to reach a vendor.</source>
        <translation>Ett nytt ärende börjar på nivå 0–3; eskalera för att nå en leverantör.</translation>
    </message>
    <message>
        <source>There is no such technician.</source>
        <translation>Det finns ingen sådan tekniker.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>Det finns inget sådant ärende.</translation>
    </message>
    <message>
        <source>Give a positive amount.</source>
        <translation>Ange ett positivt belopp.</translation>
    </message>
    <message>
        <source>Give the day the money was sent back.</source>
        <translation>Ange dagen då pengarna betalades tillbaka.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Ange varför eller hur pengarna betalades tillbaka; det sparas.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Endast en betalning kan återföras.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Ange varför betalningen återförs; orsaken sparas.</translation>
    </message>
    <message>
        <source>Enter a duration, like 1:30, 1.5 or 90m.</source>
        <translation>Ange en tid, t.ex. 1:30, 1,5 eller 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>En tid kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Client: the cell is empty; every record needs a client.</source>
        <translation>Kund: cellen är tom; varje post behöver en kund.</translation>
    </message>
    <message>
        <source>Choose a column for the end time or for the duration.</source>
        <translation>Välj en kolumn för sluttid eller för längd.</translation>
    </message>
    <message>
        <source>ITFlow&apos;s export read here is its clients list; import it as clients.</source>
        <translation>ITFlows export som läses här är dess kundlista; importera den som kunder.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Filen är tom: det finns ingen rubrikrad.</translation>
    </message>
    <message>
        <source>Name: the cell is empty; name the product.</source>
        <translation>Namn: cellen är tom; namnge produkten.</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>Namn: högst 200 tecken.</translation>
    </message>
    <message>
        <source>Currency: the cell is empty and the company has no currency yet.</source>
        <translation>Valuta: cellen är tom och företaget har ingen valuta ännu.</translation>
    </message>
    <message>
        <source>Unit: at most 20 characters.</source>
        <translation>Enhet: högst 20 tecken.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>SKU: at most 50 characters.</source>
        <translation>Artikelnummer: högst 50 tecken.</translation>
    </message>
    <message>
        <source>Technician: the cell is empty; every entry needs a technician.</source>
        <translation>Tekniker: cellen är tom; varje post behöver en tekniker.</translation>
    </message>
    <message>
        <source>Technician: names and e-mails have at most 200 characters.</source>
        <translation>Tekniker: namn och e-postadresser har högst 200 tecken.</translation>
    </message>
    <message>
        <source>Work type: names have at most 100 characters.</source>
        <translation>Arbetstyp: namn har högst 100 tecken.</translation>
    </message>
    <message>
        <source>Work type: none given, and the shop has no work types yet.</source>
        <translation>Arbetstyp: ingen angiven, och företaget har inga arbetstyper ännu.</translation>
    </message>
    <message>
        <source>End time: the work must end after it starts.</source>
        <translation>Sluttid: arbetet måste sluta efter att det börjat.</translation>
    </message>
    <message>
        <source>Duration: one entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Längd: en post kan inte vara längre än 24 timmar; dela upp den per dag.</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Debiterbar</translation>
    </message>
    <message>
        <source>Duration: there is neither an end time nor a duration.</source>
        <translation>Längd: det finns varken sluttid eller längd.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Datumet är tomt.</translation>
    </message>
    <message>
        <source>The duration is empty.</source>
        <translation>Längden är tom.</translation>
    </message>
    <message>
        <source>Give the recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1MO.</source>
        <translation>Ange upprepningsregeln, t.ex. FREQ=MONTHLY;BYDAY=1MO.</translation>
    </message>
    <message>
        <source>Give only the RRULE value; the start date is its own field.</source>
        <translation>Ange bara RRULE-värdet; startdatumet har ett eget fält.</translation>
    </message>
    <message>
        <source>A schedule repeats daily, weekly, monthly or yearly (FREQ=DAILY…YEARLY).</source>
        <translation>Ett schema upprepas dagligen, veckovis, månadsvis eller årligen (FREQ=DAILY…YEARLY).</translation>
    </message>
    <message>
        <source>A scheduled ticket starts at tier 0–3.</source>
        <translation>Ett schemalagt ärende börjar på nivå 0–3.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Schemat kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>The estimate is more than zero minutes, or empty.</source>
        <translation>Uppskattningen är mer än noll minuter, eller tom.</translation>
    </message>
    <message>
        <source>There is no such work type.</source>
        <translation>Det finns ingen sådan arbetstyp.</translation>
    </message>
    <message>
        <source>This rule makes no date in the five years after the start.</source>
        <translation>Den här regeln ger inget datum under de fem åren efter starten.</translation>
    </message>
    <message>
        <source>That belongs to another client.</source>
        <translation>Det hör till en annan kund.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>Escalate to tier 4 with the vendor&apos;s case to wait on a vendor.</source>
        <translation>Eskalera till nivå 4 med leverantörens ärende för att vänta på en leverantör.</translation>
    </message>
    <message>
        <source>Resolve the ticket before closing it.</source>
        <translation>Lös ärendet innan det stängs.</translation>
    </message>
    <message>
        <source>The tier is 0–4.</source>
        <translation>Nivån är 0–4.</translation>
    </message>
    <message>
        <source>Say why the ticket moves.</source>
        <translation>Ange varför ärendet flyttas.</translation>
    </message>
    <message>
        <source>Reopen the ticket before escalating it.</source>
        <translation>Öppna ärendet igen innan det eskaleras.</translation>
    </message>
    <message>
        <source>Tier 4 needs the vendor&apos;s name and their case number.</source>
        <translation>Nivå 4 kräver leverantörens namn och deras ärendenummer.</translation>
    </message>
    <message>
        <source>The ticket is already resolved.</source>
        <translation>Ärendet är redan löst.</translation>
    </message>
    <message>
        <source>Say how the problem was solved.</source>
        <translation>Beskriv hur problemet löstes.</translation>
    </message>
    <message>
        <source>This timer was already stopped (perhaps on another computer).</source>
        <translation>Timern var redan stoppad (kanske på en annan dator).</translation>
    </message>
    <message>
        <source>This technician&apos;s timer is already running; stop it first.</source>
        <translation>Teknikerns timer går redan; stoppa den först.</translation>
    </message>
    <message>
        <source>That ticket belongs to another client.</source>
        <translation>Ärendet hör till en annan kund.</translation>
    </message>
    <message>
        <source>Pick the client.</source>
        <translation>Välj kunden.</translation>
    </message>
    <message>
        <source>Pick the site the visit was at.</source>
        <translation>Välj platsen där besöket var.</translation>
    </message>
    <message>
        <source>Pick the technician.</source>
        <translation>Välj teknikern.</translation>
    </message>
    <message>
        <source>Departure must be after arrival.</source>
        <translation>Avresan måste vara efter ankomsten.</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>Resan kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Pick the kind of work.</source>
        <translation>Välj typ av arbete.</translation>
    </message>
    <message>
        <source>The work must take some time.</source>
        <translation>Arbetet måste ta någon tid.</translation>
    </message>
    <message>
        <source>Say what was done; the customer signs for it.</source>
        <translation>Beskriv vad som gjordes; kunden skriver under på det.</translation>
    </message>
    <message>
        <source>Pick the material from the catalogue.</source>
        <translation>Välj materialet i katalogen.</translation>
    </message>
    <message>
        <source>That line is not on this visit.</source>
        <translation>Raden finns inte på det här besöket.</translation>
    </message>
    <message>
        <source>That line is already invoiced; it cannot be removed.</source>
        <translation>Raden är redan fakturerad; den kan inte tas bort.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>Be kunden skriva under i rutan.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Skriv namnet på den som skrev under.</translation>
    </message>
    <message>
        <source>That site belongs to another client.</source>
        <translation>Platsen hör till en annan kund.</translation>
    </message>
    <message>
        <source>A visit cannot last more than 24 hours.</source>
        <translation>Ett besök kan inte vara längre än 24 timmar.</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>Signaturbilden är för stor.</translation>
    </message>
    <message>
        <source>Give the start and the end as a date and a time.</source>
        <translation>Ange start och slut som datum och tid.</translation>
    </message>
    <message>
        <source>The description contains control characters; remove them.</source>
        <translation type="vanished">Beskrivningen innehåller styrtecken; ta bort dem.</translation>
    </message>
    <message>
        <source>Travel is a whole number, zero or more.</source>
        <translation>Resa är ett heltal, noll eller mer.</translation>
    </message>
    <message>
        <source>A rate is a whole amount, zero or more.</source>
        <translation>Ett pris är ett helt belopp, noll eller mer.</translation>
    </message>
    <message>
        <source>The price is not a usable amount.</source>
        <translation>Priset är inget användbart belopp.</translation>
    </message>
    <message>
        <source>Give the day the material was used.</source>
        <translation>Ange dagen materialet användes.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>This entry is on an invoice; correct the invoice with a credit note.</source>
        <translation>Posten finns på en faktura; rätta fakturan med en kreditnota.</translation>
    </message>
    <message>
        <source>The work must end after it starts.</source>
        <translation>Arbetet måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <source>Type the markup as a percentage, like 25.</source>
        <translation>Skriv påslaget i procent, t.ex. 25.</translation>
    </message>
    <message>
        <source>A markup has at most two decimals, like 12.25 %.</source>
        <translation>Ett påslag har högst två decimaler, t.ex. 12,25 %.</translation>
    </message>
    <message>
        <source>A markup lies between 0 and 1000 %.</source>
        <translation>Ett påslag ligger mellan 0 och 1000 %.</translation>
    </message>
    <message>
        <source>An SKU has at most 50 characters.</source>
        <translation>Ett artikelnummer har högst 50 tecken.</translation>
    </message>
    <message>
        <source>Give the unit, e.g. pc, m or h.</source>
        <translation>Ange enheten, t.ex. st, m eller h.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Ett namn har högst 200 tecken.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Mängden måste vara större än noll.</translation>
    </message>
    <message>
        <source>Name the material or pick a product.</source>
        <translation>Namnge materialet eller välj en produkt.</translation>
    </message>
    <message>
        <source>Give the contract a name.</source>
        <translation>Ge avtalet ett namn.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Avtalet slutar innan det börjar.</translation>
    </message>
    <message>
        <source>Term and managed contracts need a billing period.</source>
        <translation>Tidsbegränsade avtal och driftavtal behöver en faktureringsperiod.</translation>
    </message>
    <message>
        <source>Describe the fee.</source>
        <translation>Beskriv avgiften.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>En avgift kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Only term and managed-services contracts have recurring fees.</source>
        <translation>Bara tidsbegränsade avtal och driftavtal har återkommande avgifter.</translation>
    </message>
    <message>
        <source>A contract name is one line of at most 200 characters.</source>
        <translation>Ett avtalsnamn är en rad på högst 200 tecken.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Talet ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <source>One entry cannot be longer than 24 hours; split it by day.</source>
        <translation>En post kan inte vara längre än 24 timmar; dela upp den per dag.</translation>
    </message>
    <message>
        <source>That contract belongs to another client.</source>
        <translation>Avtalet hör till en annan kund.</translation>
    </message>
    <message>
        <source>Give a price for material that is not in the catalogue.</source>
        <translation>Ange ett pris för material som inte finns i katalogen.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Företagsprofil</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Momssatser</translation>
    </message>
    <message>
        <source>Work types and rates</source>
        <translation>Arbetstyper och priser</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Avrundning</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Förbetalda timmar</translation>
    </message>
    <message>
        <source>Hours, holidays and SLA</source>
        <translation>Tider, helgdagar och SLA</translation>
    </message>
    <message>
        <source>Maintenance schedules</source>
        <translation>Underhållsscheman</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>E-post och mallar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>A page&apos;s shortcuts work while that page is shown; the Actions menu lists those of the page on show.</source>
        <translation>En sidas kortkommandon fungerar när sidan visas; menyn Åtgärder listar dem för sidan som visas.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Skriv under här med musen, en penna eller ett finger</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Kundens underskrift</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>km from the shop, e.g. 12.5</source>
        <translation>km från företaget, t.ex. 12.5</translation>
    </message>
    <message>
        <source>&amp;Distance (km)</source>
        <translation>&amp;Avstånd (km)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Travel time</source>
        <translation>&amp;Restid</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>E-postserver (SMTP)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>sparas i systemets nyckelring</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Kom ihåg lösenordet i nyckelringen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Prepaid statement — %1</source>
        <translation>Kontoutdrag förbetalda timmar — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>Prepaid statement %1 %2 to %3.pdf</source>
        <translation>Kontoutdrag förbetalt %1 %2 till %3.pdf</translation>
    </message>
    <message>
        <source>Save prepaid statement</source>
        <translation>Spara kontoutdraget för förbetalda timmar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Välj var PDF:en ska sparas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>TaxSection</name>
    <message>
        <source>VAT rates</source>
        <translation>Momssatser</translation>
    </message>
    <message>
        <source>A rate used on an issued invoice can be deactivated, not changed: add a new rate when the law changes.</source>
        <translation>En sats som använts på en utfärdad faktura kan inaktiveras, inte ändras: lägg till en ny sats när lagen ändras.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Undantagstext</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Ny momssats</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Sats (%)</translation>
    </message>
    <message>
        <source>0 for zero-rated and exempt.</source>
        <translation>0 för nollskattat och momsfritt.</translation>
    </message>
    <message>
        <source>Printed on invoices for exempt, reverse-charge and out-of-scope rates.</source>
        <translation>Skrivs ut på fakturor för momsfria satser, omvänd skattskyldighet och utanför momsens tillämpningsområde.</translation>
    </message>
    <message>
        <source>Add VAT rate</source>
        <translation>Lägg till momssats</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Normalskattesats</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Nollskattesats</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Undantaget från moms</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Omvänd skattskyldighet</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Unionsintern leverans</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Export utanför EU</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Utanför momsens tillämpningsområde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>VAT rate added.</source>
        <translation>Momssatsen tillagd.</translation>
    </message>
</context>
<context>
    <name>TechniciansSection</name>
    <message>
        <source>Technicians</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>The people who log time and visits. A deactivated technician leaves every picker but keeps all their work.</source>
        <translation>Personerna som registrerar tid och besök. En inaktiverad tekniker försvinner ur alla listor men behåller allt sitt arbete.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå (support)</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Standardpris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rate rules can set a rate per level.</source>
        <translation>Prisregler kan sätta ett pris per nivå.</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>Supportnivå</translation>
    </message>
    <message>
        <source>0 (first line) to 4.</source>
        <translation>0 (första linjen) till 4.</translation>
    </message>
    <message>
        <source>Default hourly rate (%1)</source>
        <translation>Standardpris per timme (%1)</translation>
    </message>
    <message>
        <source>Leave empty to use the work type&apos;s rate.</source>
        <translation>Lämna tomt för att använda arbetstypens pris.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Only a technician with no recorded work</source>
        <translation>Endast en tekniker utan registrerat arbete</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Add technician</source>
        <translation>Lägg till tekniker</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Junior</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Standard</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Senior</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Expert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktivera igen</translation>
    </message>
    <message>
        <source>Technician saved.</source>
        <translation>Teknikern sparad.</translation>
    </message>
    <message>
        <source>Technician deactivated.</source>
        <translation>Teknikern inaktiverad.</translation>
    </message>
    <message>
        <source>Technician reactivated.</source>
        <translation>Teknikern aktiverad igen.</translation>
    </message>
    <message>
        <source>Technician deleted.</source>
        <translation>Teknikern borttagen.</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>No SLA target</source>
        <translation>Inget SLA-mål</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Löst inom SLA</translation>
    </message>
    <message>
        <source>Resolved after the SLA</source>
        <translation>Löst efter SLA</translation>
    </message>
    <message>
        <source>With the vendor, no date promised</source>
        <translation>Hos leverantören, inget datum utlovat</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>ej debiterat</translation>
    </message>
    <message>
        <source>No materials logged yet (Ctrl+Shift+M).</source>
        <translation>Inget material loggat än (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>Använt material</translation>
    </message>
    <message>
        <source>With the vendor, promised for %1</source>
        <translation>Hos leverantören, utlovat till %1</translation>
    </message>
    <message>
        <source>Vendor late: promised for %1</source>
        <translation>Leverantören sen: utlovat till %1</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>fakturerat</translation>
    </message>
    <message>
        <source>Stop the timer and log the work</source>
        <translation>Stoppa timern och logga arbetet</translation>
    </message>
    <message>
        <source>Start timing work on this ticket</source>
        <translation>Börja ta tid på arbetet med det här ärendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Offentligt svar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalera</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Logga tid</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starta timer</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>Vänta på kunden</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Omdöme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösning senast</translation>
    </message>
    <message>
        <source>Paused (business)</source>
        <translation>Pausat (arbetstid)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Vendor case</source>
        <translation>Leverantörsärende</translation>
    </message>
    <message>
        <source>Vendor promised</source>
        <translation>Leverantören lovade</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Loggad tid</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Löst med artikel</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnat</translation>
    </message>
    <message>
        <source>%1 due in %2 business hours</source>
        <translation>%1 om %2 arbetstimmar</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>%1: clock paused, %2 h left</source>
        <translation>%1: klockan pausad, %2 h kvar</translation>
    </message>
    <message>
        <source>%1 overdue by %2 h</source>
        <translation>%1 försenad med %2 h</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was changed. The ticket now shows their change; try again if still needed.</source>
        <translation>Någon annan ändrade ärendet i samma ögonblick, så inget ändrades. Ärendet visar nu deras ändring; försök igen om det fortfarande behövs.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Stoppa timer</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Senast %1</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Fakturerbart: %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 poster</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Överskridet</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Hos leverantör</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Leverantören sen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>No tickets here. Pick another filter, or open a new ticket with Ctrl+N.</source>
        <translation>Inga ärenden här. Välj ett annat filter, eller öppna ett nytt ärende med Ctrl+N.</translation>
    </message>
    <message>
        <source>Search number, title and description…</source>
        <translation type="vanished">Sök nummer, rubrik och beskrivning…</translation>
    </message>
    <message>
        <source>Search tickets…</source>
        <translation>Sök ärenden…</translation>
    </message>
    <message>
        <source>Searches the number, title and description (Ctrl+F)</source>
        <translation>Söker i nummer, rubrik och beskrivning (Ctrl+F)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>Öppna ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>SLA per client and feedback for a period (Ctrl+Shift+P)</source>
        <translation>SLA per kund och omdömen för en period (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Jag är</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>I riskzonen eller försenade</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Väntar på kunden</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Väntar på leverantören</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Per nivå</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Nivå 0 · självhjälp</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Nivå 1 · första kontakt</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Nivå 2 · djupare felsökning</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Nivå 3 · specialister</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Nivå 4 · leverantör</translation>
    </message>
</context>
<context>
    <name>TicketReports</name>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Response
met</source>
        <translation>Svar
uppfyllt</translation>
    </message>
    <message>
        <source>Response
breached</source>
        <translation>Svar
överskridet</translation>
    </message>
    <message>
        <source>Resolution
met</source>
        <translation>Lösning
uppfylld</translation>
    </message>
    <message>
        <source>Resolution
breached</source>
        <translation>Lösning
överskriden</translation>
    </message>
    <message>
        <source>Open,
in time</source>
        <translation>Öppna,
i tid</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lägsta</translation>
    </message>
    <message>
        <source>Helpdesk reports</source>
        <translation>Helpdeskrapporter</translation>
    </message>
    <message>
        <source>SLA targets met</source>
        <translation>Uppfyllda SLA-mål</translation>
    </message>
    <message>
        <source>Targets breached</source>
        <translation>Överskridna mål</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Medelbetyg</translation>
    </message>
    <message>
        <source>Tickets opened in the period that have SLA targets. A target still open but already past due counts as breached.</source>
        <translation>Ärenden öppnade under perioden som har SLA-mål. Ett mål som fortfarande är öppet men redan passerat räknas som överskridet.</translation>
    </message>
    <message>
        <source>Ratings (1–5) received in the period.</source>
        <translation>Betyg (1–5) som kommit in under perioden.</translation>
    </message>
    <message>
        <source>SLA per client</source>
        <translation>SLA per kund</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Feedback per technician</source>
        <translation>Omdömen per tekniker</translation>
    </message>
    <message>
        <source>Feedback per client</source>
        <translation>Omdömen per kund</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Inga betyg under perioden</translation>
    </message>
    <message>
        <source>Not resolved yet and not past due</source>
        <translation>Inte löst än och inte försenat</translation>
    </message>
    <message>
        <source>%1 response, %2 resolution</source>
        <translation>%1 svar, %2 lösning</translation>
    </message>
    <message>
        <source>%1 ratings from %2 clients</source>
        <translation>%1 betyg från %2 kunder</translation>
    </message>
    <message>
        <source>%1 of %2 targets, %3 tickets</source>
        <translation>%1 av %2 mål, %3 ärenden</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Ärendet öppnades</translation>
    </message>
    <message>
        <source>Escalated: tier %1 → %2</source>
        <translation>Eskalerat: nivå %1 → %2</translation>
    </message>
    <message>
        <source>De-escalated: tier %1 → %2</source>
        <translation>Nedtrappat: nivå %1 → %2</translation>
    </message>
    <message>
        <source>Public note</source>
        <translation>Offentlig anteckning</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern anteckning</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Meddelande till kunden</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Kundens omdöme</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tilldelat %1</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Ingenting har hänt än.</translation>
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
        <translation>Vems vecka och vems timer</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Förra veckan (Alt+Vänster)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nästa vecka (Alt+Höger)</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Ny post…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Billed time in grey is a preview with the rounding rule that applies today; in black it is as invoiced.</source>
        <translation>Fakturerad tid i grått är en förhandsvisning med dagens avrundningsregel; i svart är den som fakturerad.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>No time entries yet. Work logged by technicians appears here.</source>
        <translation>Inga tidsposter än. Arbete som tekniker loggar visas här.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Vecka %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Add a technician in Settings to log time.</source>
        <translation>Lägg till en tekniker under Inställningar för att logga tid.</translation>
    </message>
    <message>
        <source>Week: %1 raw · %2 billed</source>
        <translation>Vecka: %1 rå · %2 fakturerad</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping entries</source>
        <translation>
            <numerusform>%n överlappande post</numerusform>
            <numerusform>%n överlappande poster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 raw · %3 billed</source>
        <translation>%1 — %2 rå · %3 fakturerad</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Start the timer or add an entry (Ctrl+Shift+E).</source>
        <translation>Inget loggat den här dagen. Starta timern eller lägg till en post (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Posten raderad.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Stoppa timern</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starta timern</translation>
    </message>
    <message>
        <source>Running since %1 · %2</source>
        <translation>Igång sedan %1 · %2</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>Add a technician in Settings before timing work.</source>
        <translation>Lägg till en tekniker under Inställningar innan du tar tid på arbete.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <source>Start &amp;timer</source>
        <translation>Starta &amp;timer</translation>
    </message>
    <message>
        <source>New time &amp;entry…</source>
        <translation>Ny tids&amp;post…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Show TechLedger</source>
        <translation>Visa TechLedger</translation>
    </message>
    <message>
        <source>Stop &amp;timer</source>
        <translation>Stoppa &amp;timern</translation>
    </message>
    <message>
        <source>Stop the timer and log the work (Ctrl+Shift+T)</source>
        <translation>Stoppa timern och logga arbetet (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Start timing work now (Ctrl+Shift+T)</source>
        <translation>Börja ta tid på arbetet nu (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Timer %1</translation>
    </message>
    <message>
        <source>TechLedger — no timer running</source>
        <translation>TechLedger — ingen timer igång</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up prepaid hours — %1</source>
        <translation>Fyll på förbetalda timmar — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h left now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h kvar nu.</translation>
    </message>
    <message>
        <source>e.g. 10 or 7:30</source>
        <translation>t.ex. 10 eller 7:30</translation>
    </message>
    <message>
        <source>This contract needs a purchase of at least %1 h.</source>
        <translation>Avtalet kräver ett köp på minst %1 h.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Köpdatum</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Förfaller den</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Förfall</translation>
    </message>
    <message>
        <source>Order or invoice reference (optional)</source>
        <translation>Order- eller fakturareferens (valfritt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>A draft invoice for the block is created when you save.</source>
        <translation>Ett fakturautkast för blocket skapas när du sparar.</translation>
    </message>
    <message>
        <source>The next month-end run for this client invoices the block.</source>
        <translation>Nästa månadskörning för den här kunden fakturerar blocket.</translation>
    </message>
    <message>
        <source>The block first pays the %1 h owed: %2 h of it will be left.</source>
        <translation>Blocket betalar först de %1 h som är skyldiga: %2 h blir kvar.</translation>
    </message>
</context>
<context>
    <name>VersionedRecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Någon annan ändrade posten efter att du öppnade den, så dina ändringar är inte sparade än. Båda versionerna visas nedan: kryssa i värdena du vill ta från deras, eller behåll alla dina, och tryck sedan OK för att spara.</translation>
    </message>
    <message>
        <source>Press OK to save the values now in the form.</source>
        <translation>Tryck OK för att spara värdena som nu står i formuläret.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>— pick a client —</source>
        <translation>— välj en kund —</translation>
    </message>
    <message>
        <source>e.g. 2026-11-23 11:30 or 11:30</source>
        <translation>t.ex. 2026-11-23 11:30 eller 11:30</translation>
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
        <translation>Vad som gjordes, i en eller två meningar</translation>
    </message>
    <message>
        <source>h:mm</source>
        <translation>h:mm</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Arrival – departure</source>
        <translation>Ankomst – avresa</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Spara besöket</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Spara besöket (Ctrl+S)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>— type to search the catalogue —</source>
        <translation>— skriv för att söka i katalogen —</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>Lämna det här besöket?</translation>
    </message>
    <message>
        <source>This visit has changes that are not saved yet.</source>
        <translation>Det här besöket har ändringar som inte är sparade.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Spara och gå tillbaka</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Släng ändringarna</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stanna</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the work on this visit is not logged under a contract, and only a contract&apos;s travel terms (trip fee, distance or travel-time rate) put travel on an invoice.</source>
        <translation>Resan finns i rapporten men faktureras inte: arbetet vid det här besöket är inte loggat under ett avtal, och bara ett avtals resevillkor (utryckningsavgift, milersättning eller restidstaxa) sätter resan på en faktura.</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the contract %1 has no travel terms (trip fee, distance or travel-time rate).</source>
        <translation>Resan finns i rapporten men faktureras inte: avtalet %1 har inga resevillkor (utryckningsavgift, milersättning eller restidstaxa).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>1:30</source>
        <translation>1:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Add work</source>
        <translation>Lägg till arbete</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Utfört arbete</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <source>— pick from the catalogue —</source>
        <translation type="vanished">— välj i katalogen —</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Lägg till material</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Namn med versaler</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Kundens underskrift</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknat av</translation>
    </message>
    <message>
        <source>Save the visit first; then add work, materials and the signature.</source>
        <translation>Spara besöket först; lägg sedan till arbete, material och underskrift.</translation>
    </message>
    <message>
        <source>Sign and produce report</source>
        <translation>Skriv under och skapa rapport</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>The visit report appears here. Add the work, let the customer sign, then produce the report.</source>
        <translation>Besöksrapporten visas här. Lägg till arbetet, låt kunden skriva under och skapa sedan rapporten.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Förhandsvisning av rapport</translation>
    </message>
    <message>
        <source>‹ All visits</source>
        <translation>‹ Alla besök</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Besök %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(inget ärende)</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Undertecknat av %1 %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Take the selected line off the visit (Delete)</source>
        <translation>Ta bort den valda raden från besöket (Delete)</translation>
    </message>
    <message>
        <source>— pick the client first —</source>
        <translation>— välj kunden först —</translation>
    </message>
    <message>
        <source>(this client has no sites; add one under Clients)</source>
        <translation>(kunden har inga platser; lägg till en under Kunder)</translation>
    </message>
    <message>
        <source>The report could not be produced: %1</source>
        <translation>Rapporten kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Spara besöksrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Rapporten sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>No visits yet. Start one when you arrive on site.</source>
        <translation>Inga besök än. Starta ett när du kommer fram.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>Start a visit report (Ctrl+N)</source>
        <translation>Börja en besöksrapport (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>Besök på plats</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tekniker</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ej undertecknat</translation>
    </message>
</context>
<context>
    <name>WeekGridTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sön</translation>
    </message>
    <message>
        <source>%1 raw · %2 billed</source>
        <translation>%1 rå · %2 fakturerad</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Överlappar en annan post för samma tekniker.</translation>
    </message>
    <message>
        <source>%1 raw
%2 billed</source>
        <translation>%1 rå
%2 fakturerad</translation>
    </message>
</context>
<context>
    <name>WorkTypesSection</name>
    <message>
        <source>Work types</source>
        <translation>Arbetstyper</translation>
    </message>
    <message>
        <source>Each kind of work has a default hourly rate; rate rules below and contracts can override it.</source>
        <translation>Varje typ av arbete har ett standardtimpris; prisreglerna nedan och avtal kan ersätta det.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Timpris</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hourly rate (%1)</source>
        <translation>Timpris (%1)</translation>
    </message>
    <message>
        <source>Done at the client&apos;s site</source>
        <translation>Utförs hos kunden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Add work type</source>
        <translation>Lägg till arbetstyp</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Prisregler</translation>
    </message>
    <message>
        <source>A rate from a date on. Work is priced by the rule in force on the day it was done, so a new rate never changes past work. Rules for one client or contract are set on the contract.</source>
        <translation>Ett pris från ett datum. Arbete prissätts med regeln som gällde den dag det utfördes, så ett nytt pris ändrar aldrig tidigare arbete. Regler för en kund eller ett avtal anges på avtalet.</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Arbetstyp</translation>
    </message>
    <message>
        <source>Technician level</source>
        <translation>Teknikernivå</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Select a rule above and press “End rule” to stop it after this day.</source>
        <translation>Välj en regel ovan och tryck på ”Avsluta regel” för att stoppa den efter den här dagen.</translation>
    </message>
    <message>
        <source>End rule</source>
        <translation>Avsluta regel</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Lägg till regel</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Junior</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Standard</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Senior</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Expert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>All work types</source>
        <translation>Alla arbetstyper</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Work type saved.</source>
        <translation>Arbetstypen sparad.</translation>
    </message>
    <message>
        <source>Rate rule added.</source>
        <translation>Prisregeln tillagd.</translation>
    </message>
    <message>
        <source>Rate rule ended.</source>
        <translation>Prisregeln avslutad.</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>not billable</source>
        <translation>ej debiterbart</translation>
    </message>
</context>
</TS>
