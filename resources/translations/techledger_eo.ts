<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name></name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Enigu kvanton.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Kvanto havas maksimume tri decimalojn.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>La kvanto ne povas esti nulo.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La kvanto estas tro granda.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Malfari</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Malfari (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Unu linio por ĉiu registro</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Unu linio por ĉiu bileto</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Unu linio por ĉiu vizito</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Unu linio por ĉiu laborspeco</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registri pagon</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Fakturo %1 · %2 · restanta %3</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Nuligi pagon</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Por pago enigita erare. Ĝi restas registrita; nuligo de la sama sumo aldoniĝas kun via kialo, kaj la saldo sekvas.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>ekz. registrita sur la malĝusta fakturo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Elektu la pagon nuligotan.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Diru kial la pago estas nuligata; la kialo estas konservata.</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Uzi krediton</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Kredito el pli fruaj pagoj: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 pagenda</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Fakturo</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Sumo (%1)</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>La kliento ne havas malfermitan fakturon por apliki ĝin.</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Repagi krediton</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>ekz. resendita per banka ĝiro</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Diru kial aŭ kiel la mono reiris; tio estas konservata.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Ricevita je</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banka ĝiro</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontanta mono</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Alia</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Maniero</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferenco</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>ekz. la linio de la banka eltiraĵo</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Kreditnoto por %1</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>La &amp;tuta fakturo (kio restas el ĝi)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Elektitaj linioj kaj kvantoj</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredito</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linio</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturita</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linioj</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Kialo</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Presita sur la kreditnoto</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Refari la kredititan laboron &amp;fakturebla</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Tempo kaj materialoj sur tute kredititaj linioj revenas al nefakturita laboro, do oni povas fakturi ilin denove (ekzemple je korektita tarifo).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Laboro</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>&amp;Eldondato</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Neta kredito: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Neta kredito: %1 (plus AVI)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linio %1: %2</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Marku la kreditotajn liniojn.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Diru kial la fakturo estas korektata; la kialo estos presita.</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Monatfino</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Kreas kaj eldonas unu fakturon por ĉiu kliento kun nefakturita laboro aŭ pagenda kotizo. Ĉiu kliento estas konservata aparte: nuligo konservas la ĝis tiam eldonitajn fakturojn kaj lasas la ceterajn nefakturitaj.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Periodo &amp;de</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Periodo ĝ&amp;is</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Linioj</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lanĉi</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La periodo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Eldonu la fakturojn je la lasta tago de la periodo aŭ poste.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Pasvorto de la retpoŝta servilo</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Memori ĝin en la sistema ŝlosilaro</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Ĝi restas nur en la memoro, ĝis TechLedger fermiĝas.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Retpoŝto: %1</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Temo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mesaĝo</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Kunsendaĵo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Sendi</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Retpoŝta servilo…</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Donu la adreson al kiu sendi la fakturon.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Neniu retpoŝta servilo estas agordita: unue uzu „Retpoŝta servilo…”.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Ĉi tiu komputilo ne havas pasvortejon (ŝlosilaron), do TechLedger ne povas memori la pasvorton de la retpoŝta servilo kaj neniam skribas ĝin al disko. Enigu ĝin por ĉi tiu seanco.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sendado…</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Sendado de la fakturo</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>kvanto %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>unuoprezo %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>neniu ŝanĝo</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Ŝanĝi linion %1: %2</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Aldoni linion: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Aldoni rabaton: %1</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Forigi linion %1 („%2”)</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Forigi ĉi tiun malneton (ĝia laboro denove iĝas nefakturita)</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Agordi la notojn al: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenio)</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Eldoni la malneton, datitan %1</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>iu alia forigis ĝin</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>iu alia eldonis ĝin kiel %1</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>ŝanĝitaj linioj: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>aldonitaj linioj: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>forigitaj linioj: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notoj ŝanĝitaj</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>sume nun %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Iu alia ŝanĝis ĉi tiun malneton post kiam vi malfermis ĝin</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Via ŝanĝo (ankoraŭ ne konservita)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Reŝargi ilian kaj reapliki mian ŝanĝon</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Forĵeti mian ŝanĝon</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>La malneto ne plu ekzistas, do via ŝanĝo ne povas esti konservita. Kopiu kion vi bezonas.</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Ili eldonis ĝin: ĝi ne plu povas ŝanĝiĝi. Korektu ĝin per kreditnoto.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Via ŝanĝo ne estis konservita, do nenio el ilia estis anstataŭigita. Ilia konservita versio estas listigita ĉi tie, kun iliaj ŝanĝoj markitaj; la malneto kiel vi havis ĝin restas sube. Reapliku vian ŝanĝon sur ilia, aŭ forĵetu la vian.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ŝanĝita</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>forigita</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Ilia versio: la malneto estis forigita</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Ilia konservita malneto: %1 linioj, sume %2</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Iliaj notoj (ŝanĝitaj): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Iliaj notoj: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unuo</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unuoprezo</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Konservi linion</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Konservi la linion (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Forĵeti la ŝanĝojn (Esk)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linio %1</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Nova rabato</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabato</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>peco</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>rabata sumo</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Aldoni rabaton</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aldoni linion</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Linio bezonas priskribon.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Donu unuon, ekz. h aŭ peco.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Eldoni</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Forigi linion</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Forigi malneton</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Konservi PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Retpoŝto…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Pago…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreditnoto…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historio…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Eldondato</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Reen al la listo (aŭ forĵeti la tajpatan linion)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Notoj presitaj sur la fakturo</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Konservi notojn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historio de %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>la malneto</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Malneta fakturo — sen numero ĝis ĝi estas eldonita</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnoto %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fakturo %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Neto %1 · AVI %2</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Farita laboro</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 linioj; elektu unu por ŝanĝi ĝin</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eldonita</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pagotempo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagita</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditita</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 tro multe pagita</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restanta</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Nuligita</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Kredito aplikita</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Kredito movita</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Repagita</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Kredito de la kliento</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 el pli fruaj pagoj povas pagi ĉi tiun fakturon (Pago ▸ Uzi krediton…)</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotoj</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Korektas</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Farado de PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>La PDF ne povis esti farita: %1</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 paĝo</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 paĝoj</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Linio %1 forigita; ĝia laboro denove estas nefakturita.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Fakturo %1 eldonita.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Iu alia forigis tiun linion; aldonu la vian kiel novan linion, se necese.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Iu alia forigis la malneton; via ŝanĝo ne estis konservita.</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Via ŝanĝo estis forĵetita; la malneto montras la konservitan version.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Konservi la PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumento (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>La PDF ne estis konservita: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Konservis %1.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Sendis %1 al %2.</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Uzi krediton…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Nuligi pagon…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Pago nuligita; la saldo estas ĝisdatigita.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Kredito aplikita; la saldo estas ĝisdatigita.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Kreditnoto %1 eldonita (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Elektu fakturon por vidi ĝiajn detalojn.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Malneto</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Periodaj kotizoj de periodoj komenciĝantaj ekde ĉi tiu tago</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Laboro farita ĝis kaj inkluzive de ĉi tiu tago</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Malneti fakturon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Monatfino…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refreŝigi</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Serĉi numeron, klienton aŭ staton…</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Registri monon ricevitan por ĉi tiu fakturo</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Korekti ĉi tiun fakturon per kreditnoto</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Ankoraŭ neniu monatfina fakturado. Komencu per Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Nefakturita laboro</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Ĉiuj fakturoj</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 klientoj kun nefakturita laboro · %2 horoj ĝis %3</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Elektu la klienton por kiu malneti fakturon.</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Ĉio jam estas sur la malneto; jen ĝi.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Malnetado de la fakturo</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Malneto por %1 forigita; ĝia laboro denove estas nefakturita.</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>La malneto por %1 ne estis forigita: iu alia ŝanĝis ĝin post kiam vi malfermis ĝin (%2). Malfermu ĝin por vidi ilian version, poste forigu ĝin denove, se ĝi ankoraŭ foriru.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>%1 el %2 klientoj pretaj — lasta: %3</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 fakturoj eldonitaj</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 el ili nur por kovrita laboro (antaŭpagitaj horoj aŭ kontrakto: nenio por pagi)</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 problemoj por kontroli</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>nuligita: la ceteraj klientoj restas nefakturitaj</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>La monatfina fakturado haltis: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registroj</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horoj</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plej malnova</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Takso</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Ne eblas malneti</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 tempo-registroj, %2 materialoj</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Nefakturita dum %1 tagoj</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Kvanto kaj unuo</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Unuoprezo (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Neta sumo (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Intence: la fakturo listigas la horojn, kiujn kovris la antaŭpagitaj horoj aŭ kontrakto de la kliento; la kliento ŝuldas nenion por ĝi.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problemo: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Eldonis %1 — nenio por pagi: kovrita de antaŭpagitaj horoj aŭ kontrakto</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Eldonis %1</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Nenio por fakturi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruas</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Riskas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paŭzita</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Laŭplane</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Plenumita</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Malobservita</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Ĉe la vendisto</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Vendisto malfruas</translation>
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
        <translation>Pri TechLedger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>neniu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nekonata</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Datumbaza skemo</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s newest: %2)</source>
        <translation>%1 (plej nova de ĉi tiu versio: %2)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datumbazo</translation>
    </message>
    <message>
        <source>Qt / Python</source>
        <translation>Qt / Python</translation>
    </message>
    <message>
        <source>Invoices and reports embed the DejaVu Sans font, shipped under this licence:</source>
        <translation>Fakturoj kaj raportoj enhavas la tiparon DejaVu Sans, liverata laŭ ĉi tiu permesilo:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was saved. What you typed is still here: press OK to try again.</source>
        <translation>Iu alia ŝanĝis ĉi tiun bileton samtempe, do nenio estis konservita. Kion vi tajpis ankoraŭ estas ĉi tie: premu OK por reprovi.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Asigni</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Neniu</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Savkopii nun…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restarigi el savkopio…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Savkopioj</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Savkopiado aŭ restarigo jam okazas.</translation>
    </message>
    <message>
        <source>This window is connected to a shared PostgreSQL server. Back the server up with pg_dump (see docs/shared-database.md); the app backs up SQLite files only.</source>
        <translation>Ĉi tiu fenestro estas konektita al komuna PostgreSQL-servilo. Savkopiu la servilon per pg_dump (vidu docs/shared-database.md); la programo savkopias nur SQLite-dosierojn.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Savkopiado de la datumbazo…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MiB).</source>
        <translation>Savkopiita al %1 (%2 MiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) rotated out.</source>
        <translation>
            <numerusform>%n malnova savkopio forigita.</numerusform>
            <numerusform>%n malnovaj savkopioj forigitaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Nuligita; nenio estis ŝanĝita.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>La ago malsukcesis: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restarigi el savkopio</translation>
    </message>
    <message>
        <source>TechLedger databases (*.db);;All files (*)</source>
        <translation>TechLedger-datumbazoj (*.db);;Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? The current data is kept as a backup first.</source>
        <translation>Anstataŭigi la datumojn en %1 per la savkopio %2? La nunaj datumoj unue estos konservitaj kiel savkopio.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Tio estas la datumbazo mem, ne savkopio de ĝi.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrolado de la savkopio…</translation>
    </message>
    <message>
        <source>Restoring — this step cannot be cancelled…</source>
        <translation>Restarigado — ĉi tiu paŝo ne nuligeblas…</translation>
    </message>
    <message>
        <source>Restoring from backup…</source>
        <translation>Restarigado el savkopio…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restarigita el %1.</translation>
    </message>
    <message>
        <source>The data it held before is kept in %1.</source>
        <translation>La antaŭaj datumoj restas en %1.</translation>
    </message>
    <message>
        <source>⚠ Database on a network drive</source>
        <translation>⚠ Datumbazo sur reta disko</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1.</source>
        <translation>Aŭtomata savkopio konservita en %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La aŭtomata savkopio malsukcesis: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Business hours</source>
        <translation>Laborhoroj</translation>
    </message>
    <message>
        <source>The shop&apos;s working week. SLA clocks run only inside these hours (unless a contract has hours of its own) and work outside them can carry an after-hours rate.</source>
        <translation>La laborsemajno de la firmao. SLA-horloĝoj kuras nur dum ĉi tiuj horoj (krom se kontrakto havas proprajn), kaj laboro ekster ili povas havi eksterhoran tarifon.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermita</translation>
    </message>
    <message>
        <source>Type the opening hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00 with a lunch break. Leave a day empty when the shop is closed.</source>
        <translation>Tajpu la malfermajn horojn kiel 08:00–17:00, aŭ 08:00–12:00, 13:00–17:00 kun tagmanĝa paŭzo. Lasu tagon malplena kiam la firmao estas fermita.</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Konservi laborhorojn</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festotagoj</translation>
    </message>
    <message>
        <source>The country&apos;s public holidays are known already; add the shop&apos;s own days off (a bridge day, the company outing).</source>
        <translation>La publikaj festotagoj de la lando jam estas konataj; aldonu la proprajn liberajn tagojn de la firmao (pontotago, firmaa ekskurso).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Aldoni festotagon</translation>
    </message>
    <message>
        <source>Default SLA targets</source>
        <translation>Defaŭltaj SLA-celoj</translation>
    </message>
    <message>
        <source>In business hours, for tickets whose contract sets no targets of its own. 0 means no target for that priority.</source>
        <translation>En laborhoroj, por biletoj kies kontrakto ne havas proprajn celojn. 0 signifas neniun celon por tiu prioritato.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Unua respondo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solvo</translation>
    </message>
    <message>
        <source>Save SLA targets</source>
        <translation>Konservi SLA-celojn</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundo</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardo</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Merkredo</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Ĵaŭdo</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredo</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanĉo</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urĝa</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normala</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Malalta</translation>
    </message>
    <message>
        <source>Business hours saved; open tickets updated.</source>
        <translation>Laborhoroj konservitaj; malfermitaj biletoj ĝisdatigitaj.</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Festotago aldonita.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Festotago forigita.</translation>
    </message>
    <message>
        <source>SLA targets saved; open tickets updated.</source>
        <translation>SLA-celoj konservitaj; malfermitaj biletoj ĝisdatigitaj.</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalogo</translation>
    </message>
    <message>
        <source>Products and services used as material on visits and tickets. With a markup the price follows the cost; without one the price is fixed. A deactivated product leaves the pickers but keeps its history.</source>
        <translation>Produktoj kaj servoj uzataj kiel materialo ĉe vizitoj kaj biletoj. Kun marĝeno la prezo sekvas la koston; sen ĝi la prezo estas fiksa. Malaktivigita produkto forlasas la elektilojn sed konservas sian historion.</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Serĉi laŭ nomo aŭ SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unuo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Marĝeno</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>AVI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Optional; unique when given.</source>
        <translation>Nedeviga; unika se donita.</translation>
    </message>
    <message>
        <source>e.g. pc, m, h, licence</source>
        <translation>ekz. pec, m, h, licenco</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Markup over cost (%)</source>
        <translation>Marĝeno super kosto (%)</translation>
    </message>
    <message>
        <source>Empty: the price below is fixed. With a markup it follows the cost.</source>
        <translation>Malplena: la suba prezo estas fiksa. Kun marĝeno ĝi sekvas la koston.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>AVI-kvoto</translation>
    </message>
    <message>
        <source>Empty: the shop&apos;s standard rate.</source>
        <translation>Malplena: la norma kvoto de la firmao.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Malaktivigi</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Aldoni produkton</translation>
    </message>
    <message>
        <source>— the shop&apos;s standard rate —</source>
        <translation>— la norma kvoto de la firmao —</translation>
    </message>
    <message>
        <source>Showing %1 of %2; type to narrow the list.</source>
        <translation>Montrataj %1 el %2; tajpu por malvastigi la liston.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Konservi ŝanĝojn</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivigi</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produkto konservita.</translation>
    </message>
    <message>
        <source>Product deactivated.</source>
        <translation>Produkto malaktivigita.</translation>
    </message>
    <message>
        <source>Product reactivated.</source>
        <translation>Produkto reaktivigita.</translation>
    </message>
</context>
<context>
    <name>ClientCreditTab</name>
    <message>
        <source>Apply…</source>
        <translation>Apliki…</translation>
    </message>
    <message>
        <source>Pay one of the client&apos;s open invoices from it</source>
        <translation>Pagi per ĝi unu el la malfermitaj fakturoj de la kliento</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Repagi…</translation>
    </message>
    <message>
        <source>Record money sent back to the client</source>
        <translation>Registri monon resenditan al la kliento</translation>
    </message>
    <message>
        <source>Credit from earlier payments</source>
        <translation>Kredito el pli fruaj pagoj</translation>
    </message>
    <message>
        <source>Paid beyond the total on: %1</source>
        <translation>Pagita pli ol la sumo sur: %1</translation>
    </message>
    <message>
        <source>Money paid beyond an invoice&apos;s total shows here.</source>
        <translation>Mono pagita pli ol la sumo de fakturo aperas ĉi tie.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredito</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Kredito %1</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Time and materials</source>
        <translation>Tempo kaj materialoj</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Administrataj servoj</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ne komenciĝis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finiĝis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Malneto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Nuligita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanco</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Vojaĝo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Ricevas</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <source>Add contact</source>
        <translation>Aldoni kontakton</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Aldoni ejon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Ejoj</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredito</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontraktoj</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nomo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Retpoŝto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Strato</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Poŝt&amp;kodo</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Urbo</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Lando</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;AVI-numero</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Valuto</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Lingvo de &amp;dokumentoj</translation>
    </message>
    <message>
        <source> days</source>
        <translation> tagoj</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>&amp;Pagokondiĉoj</translation>
    </message>
    <message>
        <source>The shop&apos;s rounding</source>
        <translation>La rondigo de la firmao</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Round t&amp;ime to</source>
        <translation>Rondigi la &amp;tempon al</translation>
    </message>
    <message>
        <source>The shop&apos;s direction</source>
        <translation>La direkto de la firmao</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Supren</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Al la plej proksima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Malsupren</translation>
    </message>
    <message>
        <source>Rounding &amp;direction</source>
        <translation>Rondiga &amp;direkto</translation>
    </message>
    <message>
        <source>e.g. 1:00 — empty uses the shop&apos;s minimum</source>
        <translation>ekz. 1:00 — malplena: la minimumo de la firmao</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Minimuma ŝargo</translation>
    </message>
    <message>
        <source>e.g. 95.00 — empty uses the shop&apos;s rates</source>
        <translation>ekz. 95.00 — malplena uzas la tarifojn de la firmao</translation>
    </message>
    <message>
        <source>Default hourly &amp;rate</source>
        <translation>Defaŭlta &amp;hora tarifo</translation>
    </message>
    <message>
        <source>Show raw time next to billed time</source>
        <translation>Montri krudan tempon apud la fakturita</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otoj</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved. They are still here: copy what you need, then Cancel and open the client again to see the other changes.</source>
        <translation>Iu alia ŝanĝis ĉi tiun klienton post kiam vi malfermis ĝin, do viaj ŝanĝoj ne estis konservitaj. Ili ankoraŭ estas ĉi tie: kopiu kion vi bezonas, poste Nuligi kaj remalfermu la klienton por vidi la aliajn ŝanĝojn.</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Iu alia ŝanĝis ĉi tiun klienton post kiam vi malfermis ĝin, do viaj ŝanĝoj ankoraŭ ne estas konservitaj. Ambaŭ versioj estas montritaj sube: marku la valorojn prenotajn el ilia, aŭ konservu ĉiujn viajn, poste premu OK por konservi.</translation>
    </message>
    <message>
        <source>the shop&apos;s</source>
        <translation>de la firmao</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nova kliento</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Redakti klienton</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>New client</source>
        <translation>Nova kliento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redakti</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arĥivi</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Montri arĥivitajn</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Malarĥivi</translation>
    </message>
    <message>
        <source>Contacts and sites of %1</source>
        <translation>Kontaktoj kaj ejoj de %1</translation>
    </message>
    <message>
        <source>Select a client to see its contacts and sites.</source>
        <translation>Elektu klienton por vidi ĝiajn kontaktojn kaj ejojn.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>No clients yet — click New client to add your first.</source>
        <translation>Ankoraŭ neniuj klientoj — alklaku Nova kliento por aldoni la unuan.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Columns</source>
        <translation>Kolumnoj</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ne importata)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumno %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Komenca dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Komenca horo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Fina dato</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Fina horo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Daŭro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Kliento</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Teknikisto</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Retpoŝto de teknikisto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Laborspeco</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Tasko</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Priskribo</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Fakturebla</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Hora tarifo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Sumo</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Fiksa tarifo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Valuto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Etikedoj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nomo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Strato</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Poŝtkodo</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Urbo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Lando</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">AVI-numero</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Pagokondiĉoj (tagoj)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notoj</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rolo</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Faktura kontakto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unuo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Prezo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Kosto</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">AVI-kvoto</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company profile</source>
        <translation>Profilo de la firmao</translation>
    </message>
    <message>
        <source>These details print on every invoice and visit report.</source>
        <translation>Ĉi tiuj detaloj estas presitaj sur ĉiu fakturo kaj vizitraporto.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Jura nomo</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Komerca nomo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>AVI-numero</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Registra numero</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registra numero</translation>
    </message>
    <message>
        <source>The organisation number alone; e-invoices carry it.</source>
        <translation>Nur la organiza numero; e-fakturoj portas ĝin.</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>Numera skemo</translation>
    </message>
    <message>
        <source>ISO 6523 code of the register, e.g. 0007 for Sweden.</source>
        <translation>ISO 6523-kodo de la registro, ekz. 0007 por Svedio.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Printed with a payment QR code on invoices.</source>
        <translation type="vanished">Presita kun pag-QR-kodo sur fakturoj.</translation>
    </message>
    <message>
        <source>Printed on invoices. EUR invoices get the EPC payment QR code; CHF invoices to clients in Switzerland or Liechtenstein get the Swiss QR-bill when this is a CH or LI IBAN (a QR-IBAN too).</source>
        <translation>Presita sur fakturoj. EUR-fakturoj ricevas la EPC-pagan QR-kodon; CHF-fakturoj al klientoj en Svislando aŭ Liĥtenŝtejno ricevas la svisan QR-fakturon, kiam ĉi tio estas CH- aŭ LI-IBAN (ankaŭ QR-IBAN).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elekti…</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akcenta koloro</translation>
    </message>
    <message>
        <source>Embed the e-invoice (EN 16931 XML) in invoice PDFs</source>
        <translation>Enmeti la e-fakturon (EN 16931-XML) en fakturajn PDF-ojn</translation>
    </message>
    <message>
        <source>One file for people and accounting software (Factur-X / ZUGFeRD).</source>
        <translation>Unu dosiero por homoj kaj kontada programaro (Factur-X / ZUGFeRD).</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Konservi profilon</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Emblemo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed at the top of invoices. Large pictures are scaled down.</source>
        <translation>PNG- aŭ JPEG-bildo, presita supre de fakturoj. Grandaj bildoj estas malgrandigitaj.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Neniu emblemo</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Elekti bildon…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Forigi emblemon</translation>
    </message>
    <message>
        <source>This database has no company profile yet: fill it in and save.</source>
        <translation>Ĉi tiu datumbazo ankoraŭ ne havas profilon de la firmao: plenigu kaj konservu ĝin.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilo konservita.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elekti la emblemon</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bildoj (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Ĉi tiu dosiero ne estas PNG- aŭ JPEG-bildo.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Emblemo konservita.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Emblemo forigita.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Two versions of this client</source>
        <translation>Du versioj de ĉi tiu kliento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kampo</translation>
    </message>
    <message>
        <source>Two versions of this record</source>
        <translation>Du versioj de ĉi tiu ero</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Theirs (tick to take)</source>
        <translation>Ilia (marku por preni)</translation>
    </message>
    <message>
        <source>Use the ticked values</source>
        <translation>Uzi la markitajn valorojn</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Konservi ĉiujn miajn valorojn</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nomo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>R&amp;etpoŝto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Receives invoices</source>
        <translation>Ricevas fakturojn</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturado</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Top up…</source>
        <translation>Plenigi…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Raporto PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historio…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Verkado de la raporto…</translation>
    </message>
    <message>
        <source>Statement not saved</source>
        <translation>Raporto ne konservita</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontraktoj</translation>
    </message>
    <message>
        <source>No contracts yet. Time &amp; materials, prepaid hours, term support and managed services contracts all appear here.</source>
        <translation>Ankoraŭ neniuj kontraktoj. Kontraktoj pri tempo kaj materialoj, antaŭpagitaj horoj, tempolima subteno kaj administrataj servoj aperas ĉi tie.</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Ĉiuj kontraktoj</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Aktivaj kontraktoj</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Preskaŭ elĉerpitaj</translation>
    </message>
    <message>
        <source>Including ended</source>
        <translation>Inkluzive de finitaj</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kontolibro</translation>
    </message>
    <message>
        <source>Writing the prepaid statement</source>
        <translation>Verkado de la raporto pri antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Select a contract to see its terms.</source>
        <translation>Elektu kontrakton por vidi ĝiajn kondiĉojn.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>senlima</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hora tarifo</translation>
    </message>
    <message>
        <source>balance may go negative</source>
        <translation>la saldo rajtas iĝi negativa</translation>
    </message>
    <message>
        <source>month</source>
        <translation>monato</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimonato</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaro</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Ĝis</translation>
    </message>
    <message>
        <source>No prepaid contract is running low.</source>
        <translation>Neniu antaŭpagita kontrakto preskaŭ elĉerpiĝas.</translation>
    </message>
    <message>
        <source>No prepaid-hours contracts yet. Add one to a client to sell blocks of hours.</source>
        <translation>Ankoraŭ neniuj kontraktoj pri antaŭpagitaj horoj. Aldonu unu al kliento por vendi horblokojn.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>%1 h restas</translation>
    </message>
    <message>
        <source>Statement saved: %1</source>
        <translation>Raporto konservita: %1</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>La raporto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Hours included</source>
        <translation>Inkluzivitaj horoj</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Minimuma aĉeto</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kovras</translation>
    </message>
    <message>
        <source>Draws hours for</source>
        <translation>Prenas horojn por</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Kotizo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>%1 h a week lately</source>
        <translation>%1 h semajne lastatempe</translation>
    </message>
    <message>
        <source>runs out about %1</source>
        <translation>elĉerpiĝos ĉirkaŭ %1</translation>
    </message>
    <message>
        <source>minimum purchase %1 h</source>
        <translation>minimuma aĉeto %1 h</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historio de %1</translation>
    </message>
    <message>
        <source>billed at %1 an hour</source>
        <translation>fakturata je %1 hore</translation>
    </message>
    <message>
        <source>%1 active, %2 running low</source>
        <translation>%1 aktivaj, %2 preskaŭ elĉerpitaj</translation>
    </message>
    <message>
        <source>Ledger — %1 · %2</source>
        <translation>Kontolibro — %1 · %2</translation>
    </message>
    <message>
        <source>%1 h expire on %2</source>
        <translation>%1 h eksvalidiĝos je %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 po %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Unbilled work</source>
        <translation>Nefakturita laboro</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Malfruaj fakturoj</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA en risko</translation>
    </message>
    <message>
        <source>Prepaid running low</source>
        <translation>Antaŭpagitaj horoj elĉerpiĝantaj</translation>
    </message>
    <message>
        <source>Hours per technician this week</source>
        <translation>Horoj po teknikisto ĉi-semajne</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Enspezoj po monato</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Superrigardo</translation>
    </message>
    <message>
        <source>%1 still owed. Unpaid past the due date.</source>
        <translation>%1 ankoraŭ ŝuldataj. Nepagitaj post la limdato.</translation>
    </message>
    <message>
        <source>Every issued invoice is paid or not yet due.</source>
        <translation>Ĉiu eldonita fakturo estas pagita aŭ ankoraŭ ne pagenda.</translation>
    </message>
    <message>
        <source>%1 past the target, %2 close to it, of %3 open tickets.</source>
        <translation>%1 post la celo, %2 proksime al ĝi, el %3 malfermitaj biletoj.</translation>
    </message>
    <message>
        <source>of %1 active prepaid contracts at an alert threshold or used up.</source>
        <translation>el %1 aktivaj antaŭpagitaj kontraktoj ĉe averta sojlo aŭ elĉerpitaj.</translation>
    </message>
    <message>
        <source> and %1 more currencies</source>
        <translation> kaj %1 pliaj valutoj</translation>
    </message>
    <message>
        <source>Everything billable is on an invoice.</source>
        <translation>Ĉio fakturebla estas sur fakturo.</translation>
    </message>
    <message>
        <source>%1 h of work, plus materials, at list rates.</source>
        <translation>%1 h da laboro, plus materialoj, laŭ listaj prezoj.</translation>
    </message>
    <message>
        <source>Also %1. </source>
        <translation>Ankaŭ %1. </translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fakturebla</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Ne fakturebla</translation>
    </message>
    <message>
        <source>%1 h logged since Monday %2.</source>
        <translation>%1 h registritaj ekde lundo %2.</translation>
    </message>
    <message>
        <source>%1: %2 h billable, %3 h not billable</source>
        <translation>%1: %2 h fakturebla, %3 h ne fakturebla</translation>
    </message>
    <message>
        <source>Revenue per month, %1 – %2 (net, %3)</source>
        <translation>Enspezoj po monato, %1 – %2 (neto, %3)</translation>
    </message>
    <message>
        <source>%1 in 12 months.</source>
        <translation>%1 en 12 monatoj.</translation>
    </message>
    <message>
        <source>Invoiced in other currencies, not converted: %1.</source>
        <translation>Fakturita en aliaj valutoj, ne konvertita: %1.</translation>
    </message>
</context>
<context>
    <name>DayEntriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bileto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Kruda</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fakturita</translation>
    </message>
    <message>
        <source>Rounding rule</source>
        <translation>Rondiga regulo</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Interkovras alian registron de ĉi tiu teknikisto.</translation>
    </message>
    <message>
        <source>Preview: what invoicing would bill with today&apos;s rule.</source>
        <translation>Antaŭrigardo: kion fakturado fakturus laŭ la hodiaŭa regulo.</translation>
    </message>
    <message>
        <source>As billed on the invoice.</source>
        <translation>Kiel fakturita sur la fakturo.</translation>
    </message>
</context>
<context>
    <name>EditTicketDialog</name>
    <message>
        <source>Edit ticket</source>
        <translation>Redakti bileton</translation>
    </message>
    <message>
        <source>Two versions of this ticket</source>
        <translation>Du versioj de ĉi tiu bileto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(neniu)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Priskribo</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritato</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakto</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Ejo</translation>
    </message>
    <message>
        <source>(archived) #%1</source>
        <translation>(arĥivita) #%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, and it no longer exists, so your changes were not saved. Copy what you need, then Cancel.</source>
        <translation>Iu alia ŝanĝis ĉi tiun bileton post kiam vi malfermis ĝin, kaj ĝi ne plu ekzistas, do viaj ŝanĝoj ne estis konservitaj. Kopiu kion vi bezonas, poste Nuligi.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Iu alia ŝanĝis ĉi tiun bileton post kiam vi malfermis ĝin, do viaj ŝanĝoj ankoraŭ ne estas konservitaj. Ambaŭ versioj estas montritaj sube: marku la valorojn prenotajn el ilia, aŭ konservu ĉiujn viajn, poste premu OK por konservi.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Malalta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normala</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Urĝa</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskaladi</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Movi al</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kial</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>e.g. HP, Microsoft, Fortinet</source>
        <translation>ekz. HP, Microsoft, Fortinet</translation>
    </message>
    <message>
        <source>Vendor&apos;s case number</source>
        <translation>Kaza numero de la vendisto</translation>
    </message>
    <message>
        <source>The vendor promised a date</source>
        <translation>La vendisto promesis daton</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Promesita por</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Nivelo 0 · memhelpo</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Nivelo 1 · unua kontakto</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Nivelo 2 · pli profunda problemsolvado</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Nivelo 3 · specialistoj</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Nivelo 4 · vendisto</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Eksporti datumojn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-laborlibro (XLSX)</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Kien konservi la dosieron</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Foliumi…</translation>
    </message>
    <message>
        <source>Amounts are exact decimals. Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe.</source>
        <translation>Sumoj estas ĝustaj decimaloj. Teksto, kiun kalkultabelo rulus kiel formulon (komenciĝanta per = + - @), estas skribita kun apostrofo antaŭe.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksporti:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosiero:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksporti al</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-dosieroj (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-laborlibroj (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elektu kien konservi la dosieron.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skribado…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportado</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Skribis %1 vicojn al %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La eksporto malsukcesis: %1</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="vanished">Tempo-registroj</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Fakturoj</translation>
    </message>
    <message>
        <source>Accounting (invoices, VAT per rate, payments)</source>
        <translation type="vanished">Kontado (fakturoj, AVI laŭ kvoto, pagoj)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Client feedback</source>
        <translation>Opinio de la kliento</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Takso</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 day</source>
        <translation>1 tago</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermita</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Atendas la klienton</translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation>Atendas la vendiston</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Solvita</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermita</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Malalta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normala</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urĝa</translation>
    </message>
    <message>
        <source>Time &amp; materials</source>
        <translation>Tempo kaj materialoj</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Term support</source>
        <translation>Tempolima subteno</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Administrataj servoj</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Malneto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Nuligita</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eldonita</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Parte pagita</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagita</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditita</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Nuligita</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enigu nombron.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 tagoj</translation>
    </message>
    <message>
        <source>“%1” is not a number; type it like %2.</source>
        <translation>„%1” ne estas nombro; tajpu ĝin kiel %2.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>TechLedger user guide</source>
        <translation>Uzantogvidilo de TechLedger</translation>
    </message>
    <message>
        <source>The user guide was not found at %1.</source>
        <translation>La uzantogvidilo ne troviĝis ĉe %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavkombinoj</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uzantogvidilo</translation>
    </message>
    <message>
        <source>&amp;About TechLedger</source>
        <translation>&amp;Pri TechLedger</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sen priskribo)</translation>
    </message>
</context>
<context>
    <name>HelpSite</name>
    <message>
        <source>Client help site: %1 article(s) written to %2.</source>
        <translation>Helpa retejo por klientoj: %1 artikolo(j) skribita(j) al %2.</translation>
    </message>
    <message>
        <source>Folder for the client help site</source>
        <translation>Dosierujo por la helpa retejo de klientoj</translation>
    </message>
    <message>
        <source>The client help site was not written: %1</source>
        <translation>La helpa retejo por klientoj ne estis skribita: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>and %n more</source>
        <translation>kaj %n pli</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kiu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Malnova → nova</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Neniuj ŝanĝoj estas registritaj por ĉi tiu ero ĝis nun.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n registrita ŝanĝo, plej nova unue.</numerusform>
            <numerusform>%n registritaj ŝanĝoj, plej novaj unue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (computer account)</source>
        <translation>%1 (komputila konto)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n kampo</numerusform>
            <numerusform>%n kampoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fakturo</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Fakturlinio</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Vica numero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serio</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Korektas fakturon</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Dato de eldono</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Eldonita je</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Limdato</translation>
    </message>
    <message>
        <source>Supplied from</source>
        <translation>Liverita de</translation>
    </message>
    <message>
        <source>Supplied to</source>
        <translation>Liverita ĝis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingvo</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grupigo</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>AVI</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Seller details</source>
        <translation>Datumoj de la vendanto</translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation>Datumoj de la aĉetanto</translation>
    </message>
    <message>
        <source>Tamper check</source>
        <translation>Kontrolo de integreco</translation>
    </message>
    <message>
        <source>Previous tamper check</source>
        <translation>Antaŭa kontrolo de integreco</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozicio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unuo</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unuopa prezo</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>AVI-kvoto</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>AVI-kategorio</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Kialo de AVI-escepto</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>AVI-rondigo</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Laborita tempo</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Fakturita tempo</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo de</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo ĝis</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Kreditas linion</translation>
    </message>
    <message>
        <source>Releases the work</source>
        <translation>Liberigas la laboron</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ricevita je</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenco</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <source>Reverses payment</source>
        <translation>Nuligas pagon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifo</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Komenciĝas je</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Finiĝas je</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida de</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valida ĝis</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horoj</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturmalneto</translation>
    </message>
    <message>
        <source>Invoice line %1</source>
        <translation>Fakturlinio %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fakturo %1</translation>
    </message>
    <message>
        <source>Contract fee</source>
        <translation>Kontrakta kotizo</translation>
    </message>
    <message>
        <source>Contract work type</source>
        <translation>Laborspeco de kontrakto</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-celo</translation>
    </message>
    <message>
        <source>Prepaid ledger entry</source>
        <translation>Registro de antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Rate rule</source>
        <translation>Tarifa regulo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreita</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ŝanĝita</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Forigita</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eldonita</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importi datumojn</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>La unuaj vicoj, kiel ili estos legitaj</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Kontroli (provrulo)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>%1 (guessed: the file is not UTF-8; choose its encoding above)</source>
        <translation>%1 (divenita: la dosiero ne estas UTF-8; elektu ĝian kodoprezenton supre)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 rows</source>
        <translation>%1 — %2, %3, %4 vicoj</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run or import.</source>
        <translation>Kontrolu la kolumnojn, poste faru provrulon aŭ importu.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrolado de ĉiu vico…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importado…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>la dosiero</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>%1 el %2 vicoj estas importeblaj.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Ĉiu vico estas importebla.</translation>
    </message>
    <message>
        <source>Imported %1 rows in %2 s.</source>
        <translation>Importis %1 vicojn en %2 s.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Fix them in the file, or tick &apos;Skip bad rows&apos;.</source>
        <translation>Nenio estis importita: %1 vicoj estas rifuzitaj. Korektu ilin en la dosiero, aŭ marku „Preterlasi malbonajn vicojn”.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importo nuligita; nenio estis importita.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>La importo malsukcesis kaj nenio estis importita: %1</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Rekoni el la kaplinio</translation>
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
        <translation type="vanished">Alia CSV (kolumnoj laŭ nomo)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Komenca dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Komenca horo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Fina dato</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Fina horo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Daŭro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Kliento</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Teknikisto</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Retpoŝto de teknikisto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Laborspeco</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projekto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Tasko</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Priskribo</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Fakturebla</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Hora tarifo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Sumo</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Fiksa tarifo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Valuto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Etikedoj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nomo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Strato</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Poŝtkodo</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Urbo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Lando</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">AVI-numero</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Pagokondiĉoj (tagoj)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notoj</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Rolo</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Faktura kontakto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unuo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Prezo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Kosto</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">AVI-kvoto</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opcioj</translation>
    </message>
    <message>
        <source>Create missing clients</source>
        <translation>Krei mankantajn klientojn</translation>
    </message>
    <message>
        <source>Clients are matched by name, ignoring case. A name TechLedger does not know is created as a new client with the company&apos;s country and currency when this is ticked; otherwise its rows are rejected.</source>
        <translation>Klientoj estas kongruigitaj laŭ nomo, ignorante usklecon. Nomo kiun TechLedger ne konas estas kreita kiel nova kliento kun la lando kaj valuto de la firmao, kiam ĉi tio estas markita; alie ĝiaj vicoj estas rifuzitaj.</translation>
    </message>
    <message>
        <source>Create missing technicians and work types</source>
        <translation>Krei mankantajn teknikistojn kaj laborspecojn</translation>
    </message>
    <message>
        <source>Users and activities TechLedger does not know are added as technicians and work types when this is ticked; otherwise their rows are rejected.</source>
        <translation>Uzantoj kaj agadoj, kiujn TechLedger ne konas, estas aldonitaj kiel teknikistoj kaj laborspecoj, kiam ĉi tio estas markita; alie iliaj vicoj estas rifuzitaj.</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Decidi laŭ la dosiero</translation>
    </message>
    <message>
        <source>Day first (31/03/2026)</source>
        <translation>Tago unue (31/03/2026)</translation>
    </message>
    <message>
        <source>Month first (03/31/2026)</source>
        <translation>Monato unue (03/31/2026)</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Preterlasi malbonajn vicojn</translation>
    </message>
    <message>
        <source>Ticked, the good rows are imported and the rejected ones left out. Unticked, nothing is imported while any row is rejected.</source>
        <translation>Markite, la bonaj vicoj estas importitaj kaj la rifuzitaj preterlasitaj. Nemarkite, nenio estas importita dum iu vico estas rifuzita.</translation>
    </message>
    <message>
        <source>Rows naming what TechLedger lacks are rejected, unless ticked above;
the dry run lists every name that would be created.</source>
        <translation>Vicoj nomantaj ion, kion TechLedger ne havas, estas rifuzitaj, krom se markite supre;
la provrulo listigas ĉiun nomon, kiu estus kreita.</translation>
    </message>
    <message>
        <source>Work type when none is given:</source>
        <translation>Laborspeco se neniu estas donita:</translation>
    </message>
    <message>
        <source>Dates like 03/02/2026:</source>
        <translation>Datoj kiel 03/02/2026:</translation>
    </message>
    <message>
        <source>(no work types yet)</source>
        <translation>(ankoraŭ neniuj laborspecoj)</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Elektu dosieron por vidi ĝiajn unuajn vicojn.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected</source>
        <translation>%1 vicoj legitaj, %2 rifuzitaj</translation>
    </message>
    <message>
        <source>, %1 h raw time, %2 with the file&apos;s hourly rate, %3 not billable</source>
        <translation>, %1 h da kruda tempo, %2 kun la hora tarifo de la dosiero, %3 ne faktureblaj</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Will be created (%1):</source>
        <translation>Estos kreitaj (%1):</translation>
    </message>
    <message>
        <source>Created (%1):</source>
        <translation>Kreitaj (%1):</translation>
    </message>
    <message>
        <source>Columns not imported (%1):</source>
        <translation>Kolumnoj ne importitaj (%1):</translation>
    </message>
</context>
<context>
    <name>ImportSourceForm</name>
    <message>
        <source>Time entries</source>
        <translation>Tempo-registroj</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produktoj</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation type="vanished">Aŭtomate (UTF-8 aŭ UTF-16)</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, UTF-16, else Windows-1252)</source>
        <translation>Aŭtomate (UTF-8, UTF-16, alie Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (okcidenteŭropa)</translation>
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
        <translation>Elekti CSV-dosieron…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Foliumi…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosiero:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Enhavo:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Eksportita de:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodoprezento:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importi CSV-dosieron</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-dosieroj (*.csv *.txt *.tsv);;Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Rekoni el la kaplinio</translation>
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
        <translation type="vanished">Alia CSV (kolumnoj laŭ nomo)</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Enigu kvanton.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Kvanto havas maksimume tri decimalojn.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>La kvanto ne povas esti nulo.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La kvanto estas tro granda.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Malfari</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Malfari (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Unu linio por ĉiu registro</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Unu linio por ĉiu bileto</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Unu linio por ĉiu vizito</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Unu linio por ĉiu laborspeco</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registri pagon</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Ricevita je</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Maniero</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferenco</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>ekz. la linio de la banka eltiraĵo</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>La &amp;tuta fakturo (kio restas el ĝi)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>&amp;Elektitaj linioj kaj kvantoj</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredito</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linioj</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Kialo</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Presita sur la kreditnoto</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Refari la kredititan laboron &amp;fakturebla</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Tempo kaj materialoj sur tute kredititaj linioj revenas al nefakturita laboro, do oni povas fakturi ilin denove (ekzemple je korektita tarifo).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Laboro</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>&amp;Eldondato</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Monatfino</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Kreas kaj eldonas unu fakturon por ĉiu kliento kun nefakturita laboro aŭ pagenda kotizo. Ĉiu kliento estas konservata aparte: nuligo konservas la ĝis tiam eldonitajn fakturojn kaj lasas la ceterajn nefakturitaj.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Periodo &amp;de</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Periodo ĝ&amp;is</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Linioj</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lanĉi</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Via ŝanĝo estis forĵetita; la malneto montras la konservitan version.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Iu alia forigis tiun linion; aldonu la vian kiel novan linion, se necese.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Iu alia forigis la malneton; via ŝanĝo ne estis konservita.</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>iu alia forigis ĝin</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>neniu ŝanĝo</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Forigi ĉi tiun malneton (ĝia laboro denove iĝas nefakturita)</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>ŝanĝitaj linioj: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>aldonitaj linioj: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>forigitaj linioj: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notoj ŝanĝitaj</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Iu alia ŝanĝis ĉi tiun malneton post kiam vi malfermis ĝin</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Via ŝanĝo (ankoraŭ ne konservita)</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Reŝargi ilian kaj reapliki mian ŝanĝon</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Forĵeti mian ŝanĝon</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ŝanĝita</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>forigita</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Eldoni la malneton, datitan %1</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>iu alia eldonis ĝin kiel %1</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>sume nun %1</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>La malneto ne plu ekzistas, do via ŝanĝo ne povas esti konservita. Kopiu kion vi bezonas.</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Ilia versio: la malneto estis forigita</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Aldoni linion: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Aldoni rabaton: %1</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Agordi la notojn al: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenio)</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Ili eldonis ĝin: ĝi ne plu povas ŝanĝiĝi. Korektu ĝin per kreditnoto.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Via ŝanĝo ne estis konservita, do nenio el ilia estis anstataŭigita. Ilia konservita versio estas listigita ĉi tie, kun iliaj ŝanĝoj markitaj; la malneto kiel vi havis ĝin restas sube. Reapliku vian ŝanĝon sur ilia, aŭ forĵetu la vian.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>kvanto %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>unuoprezo %1</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Iliaj notoj (ŝanĝitaj): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Iliaj notoj: %1</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Ŝanĝi linion %1: %2</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Forigi linion %1 („%2”)</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Ilia konservita malneto: %1 linioj, sume %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>La malneto por %1 ne estis forigita: iu alia ŝanĝis ĝin post kiam vi malfermis ĝin (%2). Malfermu ĝin por vidi ilian version, poste forigu ĝin denove, se ĝi ankoraŭ foriru.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Pasvorto de la retpoŝta servilo</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Memori ĝin en la sistema ŝlosilaro</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Ĝi restas nur en la memoro, ĝis TechLedger fermiĝas.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Temo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mesaĝo</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Kunsendaĵo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Sendi</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Retpoŝta servilo…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sendado…</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banka ĝiro</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontanta mono</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Alia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linio</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturita</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restas</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Marku la kreditotajn liniojn.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Donu la adreson al kiu sendi la fakturon.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Neniu retpoŝta servilo estas agordita: unue uzu „Retpoŝta servilo…”.</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Sendado de la fakturo</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Sumo (%1)</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Kreditnoto por %1</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Neta kredito: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Neta kredito: %1 (plus AVI)</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Diru kial la fakturo estas korektata; la kialo estos presita.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La periodo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Eldonu la fakturojn je la lasta tago de la periodo aŭ poste.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Retpoŝto: %1</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Ĉi tiu komputilo ne havas pasvortejon (ŝlosilaron), do TechLedger ne povas memori la pasvorton de la retpoŝta servilo kaj neniam skribas ĝin al disko. Enigu ĝin por ĉi tiu seanco.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Fakturo %1 · %2 · restanta %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linio %1: %2</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Konservi linion</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Konservi la linion (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Forĵeti la ŝanĝojn (Esk)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Eldondato</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Reen al la listo (aŭ forĵeti la tajpatan linion)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Notoj presitaj sur la fakturo</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Konservi notojn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Farado de PDF…</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>peco</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Nuligi pagon</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Por pago enigita erare. Ĝi restas registrita; nuligo de la sama sumo aldoniĝas kun via kialo, kaj la saldo sekvas.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>ekz. registrita sur la malĝusta fakturo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Uzi krediton</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Fakturo</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Repagi krediton</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>ekz. resendita per banka ĝiro</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Diru kial la pago estas nuligata; la kialo estas konservata.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Diru kial aŭ kiel la mono reiris; tio estas konservata.</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Elektu la pagon nuligotan.</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Kredito el pli fruaj pagoj: %1</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>La kliento ne havas malfermitan fakturon por apliki ĝin.</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 pagenda</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Eldoni</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aldoni linion</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabato</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Forigi linion</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Forigi malneton</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Konservi PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Retpoŝto…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Pago…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreditnoto…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historio…</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Malneta fakturo — sen numero ĝis ĝi estas eldonita</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Farita laboro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eldonita</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Nuligita</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Kredito aplikita</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Kredito movita</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Repagita</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Kredito de la kliento</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 el pli fruaj pagoj povas pagi ĉi tiun fakturon (Pago ▸ Uzi krediton…)</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Uzi krediton…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Nuligi pagon…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Pago nuligita; la saldo estas ĝisdatigita.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Kredito aplikita; la saldo estas ĝisdatigita.</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 el ili nur por kovrita laboro (antaŭpagitaj horoj aŭ kontrakto: nenio por pagi)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 paĝo</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Konservi la PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumento (*.pdf)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unuo</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unuoprezo</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Nova rabato</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linio</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>rabata sumo</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Aldoni rabaton</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Linio bezonas priskribon.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Donu unuon, ekz. h aŭ peco.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pagotempo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagita</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Korektas</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Linio %1 forigita; ĝia laboro denove estas nefakturita.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Fakturo %1 eldonita.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Konservis %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linio %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historio de %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>la malneto</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 linioj; elektu unu por ŝanĝi ĝin</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditita</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restanta</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotoj</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 paĝoj</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnoto %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fakturo %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Neto %1 · AVI %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>La PDF ne povis esti farita: %1</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>La PDF ne estis konservita: %1</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 tro multe pagita</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Sendis %1 al %2.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Kreditnoto %1 eldonita (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Elektu fakturon por vidi ĝiajn detalojn.</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Periodaj kotizoj de periodoj komenciĝantaj ekde ĉi tiu tago</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Laboro farita ĝis kaj inkluzive de ĉi tiu tago</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Serĉi numeron, klienton aŭ staton…</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Ankoraŭ neniu monatfina fakturado. Komencu per Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Nefakturita laboro</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Ĉiuj fakturoj</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Malneto</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Malneti fakturon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Monatfino…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refreŝigi</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Registri monon ricevitan por ĉi tiu fakturo</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Korekti ĉi tiun fakturon per kreditnoto</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Elektu la klienton por kiu malneti fakturon.</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 fakturoj eldonitaj</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>nuligita: la ceteraj klientoj restas nefakturitaj</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Ĉio jam estas sur la malneto; jen ĝi.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Malnetado de la fakturo</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Malneto por %1 forigita; ĝia laboro denove estas nefakturita.</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>La monatfina fakturado haltis: %1</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 problemoj por kontroli</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 klientoj kun nefakturita laboro · %2 horoj ĝis %3</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>%1 el %2 klientoj pretaj — lasta: %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registroj</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horoj</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plej malnova</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Takso</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Kvanto kaj unuo</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Intence: la fakturo listigas la horojn, kiujn kovris la antaŭpagitaj horoj aŭ kontrakto de la kliento; la kliento ŝuldas nenion por ĝi.</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Nenio por fakturi</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Ne eblas malneti</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Nefakturita dum %1 tagoj</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Unuoprezo (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Neta sumo (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problemo: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Eldonis %1 — nenio por pagi: kovrita de antaŭpagitaj horoj aŭ kontrakto</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Eldonis %1</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 tempo-registroj, %2 materialoj</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Solved 1 ticket</source>
        <translation>Solvis 1 bileton</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Simptomoj</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Kaŭzo</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Provizora solvo</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Riparo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>comma-separated, e.g. printer, m365</source>
        <translation>apartigitaj per komoj, ekz. presilo, m365</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internaj notoj</translation>
    </message>
    <message>
        <source>For technicians only; never exported</source>
        <translation>Nur por teknikistoj; neniam eksportataj</translation>
    </message>
    <message>
        <source>Search symptoms, causes, fixes, tags…</source>
        <translation>Serĉi simptomojn, kaŭzojn, riparojn, etikedojn…</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nova artikolo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redakti</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Redakti artikolon</translation>
    </message>
    <message>
        <source>Show on the client help site</source>
        <translation>Montri en la helpa retejo por klientoj</translation>
    </message>
    <message>
        <source>Solved %1 tickets</source>
        <translation>Solvis %1 biletojn</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Scio-bazo</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Neniu artikolo kongruas.</translation>
    </message>
    <message>
        <source>Solved %1</source>
        <translation>Solvis %1</translation>
    </message>
</context>
<context>
    <name>LanguagesSection</name>
    <message>
        <source>Documents</source>
        <translation>Dokumentoj</translation>
    </message>
    <message>
        <source>Invoices, visit reports and messages are written in the client&apos;s language; this one is used when the client has none.</source>
        <translation>Fakturoj, vizitraportoj kaj mesaĝoj estas verkitaj en la lingvo de la kliento; ĉi tiu estas uzata kiam la kliento ne havas.</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Defaŭlta lingvo de dokumentoj</translation>
    </message>
    <message>
        <source>Save document language</source>
        <translation>Konservi la lingvon de dokumentoj</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaco</translation>
    </message>
    <message>
        <source>The language of TechLedger&apos;s menus, windows, numbers and dates on this computer, for you only. TechLedger restarts to show it.</source>
        <translation>La lingvo de la menuoj, fenestroj, nombroj kaj datoj de TechLedger en ĉi tiu komputilo, nur por vi. TechLedger relanĉiĝas por montri ĝin.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Konservita.</translation>
    </message>
    <message>
        <source>Saved. TechLedger shows %1 after a restart.</source>
        <translation>Konservita. TechLedger montriĝos en %1 post relanĉo.</translation>
    </message>
    <message>
        <source>Restart TechLedger</source>
        <translation>Relanĉi TechLedger</translation>
    </message>
    <message>
        <source>Restart TechLedger now to see it in %1?</source>
        <translation>Ĉu relanĉi TechLedger nun por vidi ĝin en %1?</translation>
    </message>
    <message>
        <source>TechLedger closes its windows and opens again: save any work you are still typing first.</source>
        <translation>TechLedger fermas siajn fenestrojn kaj remalfermiĝas: unue konservu laboron, kiun vi ankoraŭ tajpas.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Relanĉi nun</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>TechLedger stayed open; it shows the new language at the next start.</source>
        <translation>TechLedger restis malfermita; ĝi montros la novan lingvon je la sekva lanĉo.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingvo de la interfaco</translation>
    </message>
    <message>
        <source>Save interface language</source>
        <translation>Konservi la lingvon de la interfaco</translation>
    </message>
    <message>
        <source>Document language saved.</source>
        <translation>Lingvo de dokumentoj konservita.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>Serĉi…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nenio kongruas kun „%1”.</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>time entries</source>
        <translation>tempo-registroj</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klientoj</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>biletoj</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>kontraktoj</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>fakturoj</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bileto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Raw time</source>
        <translation>Kruda tempo</translation>
    </message>
    <message>
        <source>Billed time</source>
        <translation>Fakturita tempo</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fakturebla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>AVI-numero</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Pagokondiĉoj</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arĥivita</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritato</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivelo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Respondeculo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Malfermita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Komenciĝas</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Finiĝas</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Malneto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eldonita</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pagotempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sumo</translation>
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
        <translation type="vanished">Registri tempon</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Teknikisto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Laborspeco</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minutoj</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Komencita</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">Farita laboro</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Elira retpoŝto (SMTP)</translation>
    </message>
    <message>
        <source>Used to send invoices and ticket messages. The server settings are stored with the data; the password only in this computer&apos;s password store.</source>
        <translation>Uzata por sendi fakturojn kaj mesaĝojn de biletoj. La agordoj de la servilo estas konservitaj kun la datumoj; la pasvorto nur en la pasvortejo de ĉi tiu komputilo.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servilo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Pordo</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (pordo 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (pordo 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Neniu (ne ĉifrita)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Ĉifrado</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uzantonomo</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adreso de sendinto</translation>
    </message>
    <message>
        <source>Empty: the company e-mail address.</source>
        <translation>Malplena: la retpoŝtadreso de la firmao.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lasu malplena por konservi la konservitan pasvorton</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasvorto</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Konservi retpoŝtajn agordojn</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Mesaĝŝablonoj</translation>
    </message>
    <message>
        <source>The acknowledgement and resolution messages sent to clients, and canned replies, in each language. Placeholders in braces are filled in when a message is written: %1</source>
        <translation>La konfirmaj kaj solvaj mesaĝoj senditaj al klientoj, kaj pretaj respondoj, en ĉiu lingvo. Lokokupiloj en krampoj estas plenigitaj kiam mesaĝo estas verkata: %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Konfirmo de ricevo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solvo</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Preta respondo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingvo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Ŝablono</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Konservi ŝablonon</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password store (%1), never in the database or a settings file.</source>
        <translation>La pasvorto estas tenata en la pasvortejo de ĉi tiu komputilo (%1), neniam en la datumbazo aŭ agorda dosiero.</translation>
    </message>
    <message>
        <source>Asked for when mail is sent</source>
        <translation>Petata kiam retpoŝto estas sendata</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the SMTP password, and it will never write it to disk. You will be asked for it once in each session, the first time mail is sent.</source>
        <translation>Ĉi tiu komputilo ne havas pasvortejon (ŝlosilaron), do TechLedger ne povas memori la SMTP-pasvorton, kaj neniam skribos ĝin al disko. Vi estos petata pri ĝi unufoje en ĉiu seanco, la unuan fojon kiam retpoŝto estas sendata.</translation>
    </message>
    <message>
        <source>The server settings were saved, but the password store refused the password: you will be asked for it when mail is sent.</source>
        <translation>La agordoj de la servilo estis konservitaj, sed la pasvortejo rifuzis la pasvorton: vi estos petata pri ĝi kiam retpoŝto estos sendata.</translation>
    </message>
    <message>
        <source>Stored — type to replace it</source>
        <translation>Konservita — tajpu por anstataŭigi ĝin</translation>
    </message>
    <message>
        <source>Mail settings and password saved.</source>
        <translation>Retpoŝtaj agordoj kaj pasvorto konservitaj.</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Retpoŝtaj agordoj konservitaj.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Ŝablono konservita.</translation>
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
        <translation>Datumbazo: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosiero</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Iri</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Agoj</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Dat&amp;umoj</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Eliri</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Superrigardo</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biletoj</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Scio-bazo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Vizitoj</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontraktoj</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Agordoj</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporti…</translation>
    </message>
    <message>
        <source>Export client &amp;help site…</source>
        <translation>Eksporti &amp;helpan retejon por klientoj…</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Maintenance schedules</source>
        <translation>Prizorgaj planoj</translation>
    </message>
    <message>
        <source>Work that comes back on its own: each date of the rule opens a ticket from the template below, once. Dates missed while TechLedger was closed are caught up when it opens; a paused schedule makes nothing.</source>
        <translation>Laboro, kiu revenas per si mem: ĉiu dato de la regulo malfermas bileton el la suba ŝablono, unufoje. Datoj maltrafitaj dum TechLedger estis fermita estas kompensataj kiam ĝi malfermiĝas; paŭzigita plano kreas nenion.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bileto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sekva</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakto</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Sen kontrakto</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Propra regulo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetiĝas</translation>
    </message>
    <message>
        <source>Rule (RFC 5545)</source>
        <translation>Regulo (RFC 5545)</translation>
    </message>
    <message>
        <source>An RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO for the first Monday.</source>
        <translation>RRULE-valoro, ekz. FREQ=MONTHLY;BYDAY=1MO por la unua lundo.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Komenciĝas je</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Finiĝas je</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fino</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Sekvaj datoj</translation>
    </message>
    <message>
        <source>Ticket title</source>
        <translation>Titolo de la bileto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrollisto</translation>
    </message>
    <message>
        <source>One item a line; the ticket lists them to tick off.</source>
        <translation>Unu ero po linio; la bileto listigas ilin por marki.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivelo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritato</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asigni al</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Neniu</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Neniu</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Taksita tempo</translation>
    </message>
    <message>
        <source>Hours, e.g. 1:30.</source>
        <translation>Horoj, ekz. 1:30.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paŭzigi</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Aldoni planon</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>La venontaj 90 tagoj</translation>
    </message>
    <message>
        <source>Every date the running schedules will open a ticket on.</source>
        <translation>Ĉiu dato, en kiu la aktivaj planoj malfermos bileton.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Opened as</source>
        <translation>Malfermita kiel</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Eksporti .ics…</translation>
    </message>
    <message>
        <source>First Monday of every month</source>
        <translation>Unua lundo de ĉiu monato</translation>
    </message>
    <message>
        <source>Every 3 months on the 15th</source>
        <translation>Ĉiujn 3 monatojn je la 15-a</translation>
    </message>
    <message>
        <source>Yearly on 1 March</source>
        <translation>Ĉiujare la 1-an de marto</translation>
    </message>
    <message>
        <source>Every Monday</source>
        <translation>Ĉiun lundon</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Lasta labortago de ĉiu monato</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Malalta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normala</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urĝa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paŭzigita</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Daŭrigi</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Konservi ŝanĝojn</translation>
    </message>
    <message>
        <source>No dates.</source>
        <translation>Neniuj datoj.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Plano konservita.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Plano daŭrigita.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Plano paŭzigita.</translation>
    </message>
    <message>
        <source>Export the next 90 days</source>
        <translation>Eksporti la venontajn 90 tagojn</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalendaraj dosieroj (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>%n evento skribita.</numerusform>
            <numerusform>%n eventoj skribitaj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Log material</source>
        <translation>Registri materialon</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkto</translation>
    </message>
    <message>
        <source>Not in the catalogue (type it below)</source>
        <translation>Ne en la katalogo (tajpu ĝin sube)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unuo</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Unuoprezo (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ekz. %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Uzita de</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Neniu</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Uzita je</translation>
    </message>
    <message>
        <source>Bill it to the client</source>
        <translation>Fakturi al la kliento</translation>
    </message>
    <message>
        <source>What was used, e.g. USB-C cable 2 m</source>
        <translation>Kio estis uzita, ekz. USB-C-kablo 2 m</translation>
    </message>
    <message>
        <source>catalogue: %1 %2</source>
        <translation>katalogo: %1 %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message to the client</source>
        <translation>Mesaĝo al la kliento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaĝo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Ŝablono</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Sendi</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Konservi kiel .eml…</translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation>Retpoŝta servilo…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Konservi la mesaĝon</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Retpoŝta mesaĝo (*.eml)</translation>
    </message>
    <message>
        <source>No mail server is set up: use “Mail server…”, or save the message.</source>
        <translation>Neniu retpoŝta servilo estas agordita: uzu „Retpoŝta servilo…”, aŭ konservu la mesaĝon.</translation>
    </message>
    <message>
        <source>Type the client&apos;s e-mail address in “To”.</source>
        <translation>Tajpu la retpoŝtadreson de la kliento en „Al”.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Pasvorto de la retpoŝta servilo</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Konektado al %1…</translation>
    </message>
    <message>
        <source>Not sent: you cancelled before the server was reached.</source>
        <translation>Ne sendita: vi nuligis antaŭ ol la servilo estis atingita.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Ne sendita. %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ne sendita: %1</translation>
    </message>
    <message>
        <source>Sending the message to %1</source>
        <translation>Sendado de la mesaĝo al %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sendado…</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="vanished">Konfirmo de ricevo</translation>
    </message>
    <message>
        <source>Resolution message</source>
        <translation type="vanished">Solva mesaĝo</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation type="vanished">Preta respondo</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nova bileto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What the user sees, in a few words</source>
        <translation>Kion la uzanto vidas, per kelkaj vortoj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritato</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asigni al</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ankoraŭ neniu</translation>
    </message>
    <message>
        <source>Then write the acknowledgement to the client</source>
        <translation>Poste skribi la konfirmon al la kliento</translation>
    </message>
    <message>
        <source>Opens the message with the new ticket&apos;s number, ready to send or edit</source>
        <translation>Malfermas la mesaĝon kun la numero de la nova bileto, preta por sendi aŭ redakti</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(neniu)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Malalta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normala</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Urĝa</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Aldoni noton</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <source>Public: the client may see it (counts as a reply)</source>
        <translation>Publika: la kliento povas vidi ĝin (kalkuliĝas kiel respondo)</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Refresh</source>
        <translation>Refreŝigi</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nova kliento…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Redakti klienton…</translation>
    </message>
    <message>
        <source>Archive or restore client</source>
        <translation>Arĥivi aŭ restarigi klienton</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Serĉi</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nova bileto…</translation>
    </message>
    <message>
        <source>Helpdesk reports…</source>
        <translation>Helpejaj raportoj…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Nova artikolo…</translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation>Redakti artikolon…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Serĉi denove</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Antaŭa semajno</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ĉi tiu semajno</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Venonta semajno</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Forigi registron</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Malfari forigon</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nova vizito…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Malfermi viziton</translation>
    </message>
    <message>
        <source>Top up prepaid hours…</source>
        <translation>Plenigi antaŭpagitajn horojn…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Raporto PDF…</translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation>Historio de kontrakto…</translation>
    </message>
</context>
<context>
    <name>PrepaidOverview</name>
    <message>
        <source>Purchase</source>
        <translation>Aĉeto</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Laboro</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Eksvalidiĝis</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Alĝustigo</translation>
    </message>
    <message>
        <source>Expiry due</source>
        <translation>Limdato atingita</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakto</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Restas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Uzita</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Venonta eksvalidiĝo</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Elĉerpiĝos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horoj</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bileto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Elĉerpita</translation>
    </message>
    <message>
        <source>At the pace of the last 8 weeks: %1 h a week.</source>
        <translation>Laŭ la ritmo de la lastaj 8 semajnoj: %1 h semajne.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>eksvalidiĝas %1</translation>
    </message>
    <message>
        <source>invoiced elsewhere</source>
        <translation>fakturita aliloke</translation>
    </message>
    <message>
        <source>not invoiced yet</source>
        <translation>ankoraŭ ne fakturita</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>fakturo %1</translation>
    </message>
    <message>
        <source>draft invoice %1</source>
        <translation>fakturmalneto %1</translation>
    </message>
    <message>
        <source>%1 h used of %2 h in the open blocks. Alerts at %3.</source>
        <translation>%1 h uzitaj el %2 h en la malfermitaj blokoj. Avertoj je %3.</translation>
    </message>
</context>
<context>
    <name>PrepaidSection</name>
    <message>
        <source>Prepaid hours</source>
        <translation>Antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Every block of hours a client buys is invoiced once, at its price, with the client&apos;s VAT. A block that costs nothing is not invoiced.</source>
        <translation>Ĉiu bloko de horoj, kiun kliento aĉetas, estas fakturita unufoje, je sia prezo, kun la AVI de la kliento. Senkosta bloko ne estas fakturita.</translation>
    </message>
    <message>
        <source>Invoice a block as soon as it is bought</source>
        <translation>Fakturi blokon tuj kiam ĝi estas aĉetita</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturado</translation>
    </message>
    <message>
        <source>On: a top-up creates a draft invoice for the block at once. Off: the next month-end run for the client invoices it.</source>
        <translation>Ŝaltita: replenigo tuj kreas fakturmalneton por la bloko. Malŝaltita: la sekva monatfina kuro por la kliento fakturas ĝin.</translation>
    </message>
    <message>
        <source>Save prepaid settings</source>
        <translation>Konservi agordojn de antaŭpago</translation>
    </message>
    <message>
        <source>Prepaid settings saved.</source>
        <translation>Agordoj de antaŭpago konservitaj.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Stop timer — log the work</source>
        <translation>Haltigi la tempomezurilon — registri la laboron</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Nova tempo-registro</translation>
    </message>
    <message>
        <source>— pick a client —</source>
        <translation>— elektu klienton —</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it like %2.</source>
        <translation>„%1” ne estas dato kaj horo; skribu ĝin kiel %2.</translation>
    </message>
    <message>
        <source>1:30, 1.5 or 90m</source>
        <translation>1:30, 1.5 aŭ 90m</translation>
    </message>
    <message>
        <source>10:30</source>
        <translation>10:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kio estis farita</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kliento</translation>
    </message>
    <message>
        <source>&amp;Work type</source>
        <translation>&amp;Laborspeco</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Ko&amp;menco</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Daŭro</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fino</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Pr&amp;iskribo</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Bileto</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(neniu bileto)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so it was not saved. Your changes are still here: copy what you need, then Cancel and open the record again to see the other changes.</source>
        <translation>Iu alia ŝanĝis ĉi tiun eron post kiam vi malfermis ĝin, do ĝi ne estis konservita. Viaj ŝanĝoj ankoraŭ estas ĉi tie: kopiu kion vi bezonas, poste Nuligi kaj remalfermu la eron por vidi la aliajn ŝanĝojn.</translation>
    </message>
    <message>
        <source>This record no longer exists; it was not saved.</source>
        <translation>Ĉi tiu ero ne plu ekzistas; ĝi ne estis konservita.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsTableModel</name>
    <message>
        <source>Line</source>
        <translation>Linio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Kialo</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Solvi</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solvo</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Solvita per artikolo</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(neniu artikolo)</translation>
    </message>
</context>
<context>
    <name>RoundingSection</name>
    <message>
        <source>Rounding and minimum charge</source>
        <translation>Rondigo kaj minimuma fakturo</translation>
    </message>
    <message>
        <source>Billed time is rounded from the raw time, which is always kept next to it. These are the defaults; a client or contract can set its own.</source>
        <translation>Fakturita tempo estas rondigita el la kruda tempo, kiu ĉiam restas apud ĝi. Ĉi tiuj estas la defaŭltoj; kliento aŭ kontrakto povas havi proprajn.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Rondigi al</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Supren</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Al la plej proksima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Malsupren</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direkto</translation>
    </message>
    <message>
        <source>Each time entry</source>
        <translation>Ĉiu tempo-registro</translation>
    </message>
    <message>
        <source>Each visit</source>
        <translation>Ĉiu vizito</translation>
    </message>
    <message>
        <source>Each ticket</source>
        <translation>Ĉiu bileto</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Apliki al</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Minimuma fakturo</translation>
    </message>
    <message>
        <source>E.g. 60 min: an on-site visit is billed at least one hour. 0 for none.</source>
        <translation>Ekz. 60 min: surloka vizito estas fakturata almenaŭ unu horon. 0 por neniu.</translation>
    </message>
    <message>
        <source>Save rounding</source>
        <translation>Konservi rondigon</translation>
    </message>
    <message>
        <source>Save the company profile first.</source>
        <translation>Unue konservu la profilon de la firmao.</translation>
    </message>
    <message>
        <source>Rounding saved.</source>
        <translation>Rondigo konservita.</translation>
    </message>
</context>
<context>
    <name>SeriesSection</name>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {series} the code, {seq} the running number ({seq:05} pads it to 5 digits).</source>
        <translation>Kampoj: {YYYY} jaro, {YY} mallonga jaro, {MM} monato, {series} la kodo, {seq} la sinsekva numero ({seq:05} plenigas ĝin al 5 ciferoj).</translation>
    </message>
    <message>
        <source>Invoice number series</source>
        <translation>Numerserioj de fakturoj</translation>
    </message>
    <message>
        <source>Numbers are given when an invoice is issued, one after the other in each series. A series that has issued invoices can be deactivated but never deleted.</source>
        <translation>Numeroj estas donitaj kiam fakturo estas eldonita, unu post alia en ĉiu serio. Serio kun eldonitaj fakturoj povas esti malaktivigita sed neniam forigita.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Ŝablono</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Venonta numero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Select a series in the list to change it</source>
        <translation>Elektu serion en la listo por ŝanĝi ĝin</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Konservi ŝanĝojn</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Malaktivigi</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nova serio</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturoj</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditnotoj</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Aldoni serion</translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation>Numeroj de biletoj</translation>
    </message>
    <message>
        <source>Every new ticket gets its number at once. Numbers already given stay.</source>
        <translation>Ĉiu nova bileto tuj ricevas sian numeron. Jam donitaj numeroj restas.</translation>
    </message>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {seq} the running number; with a year in it, the count starts again each year.</source>
        <translation>Kampoj: {YYYY} jaro, {YY} mallonga jaro, {MM} monato, {seq} la sinsekva numero; kun jaro en ĝi, la kalkulo rekomenciĝas ĉiujare.</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Venonta bileto</translation>
    </message>
    <message>
        <source>Save ticket numbering</source>
        <translation>Konservi la numeradon de biletoj</translation>
    </message>
    <message>
        <source>—  (the pattern is not complete)</source>
        <translation>—  (la ŝablono ne estas kompleta)</translation>
    </message>
    <message>
        <source>Ticket numbering saved.</source>
        <translation>Numerado de biletoj konservita.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivigi</translation>
    </message>
    <message>
        <source>Series saved.</source>
        <translation>Serio konservita.</translation>
    </message>
    <message>
        <source>Series added.</source>
        <translation>Serio aldonita.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Enter the company profile in Settings first.</source>
        <translation>Unue plenigu la profilon de la firmao en Agordoj.</translation>
    </message>
    <message>
        <source>Add a standard VAT rate in Settings first.</source>
        <translation>Unue aldonu norman AVI-kvoton en Agordoj.</translation>
    </message>
    <message>
        <source>an entry must end after it starts</source>
        <translation>registro devas finiĝi post sia komenco</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Enigu la nomon de la kliento.</translation>
    </message>
    <message>
        <source>Enter an address such as office@example.com.</source>
        <translation>Enigu adreson kiel oficejo@example.com.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country.</source>
        <translation>Elektu la landon de la kliento.</translation>
    </message>
    <message>
        <source>A VAT id has only letters, digits, spaces, dots and dashes.</source>
        <translation>AVI-numero havas nur literojn, ciferojn, spacetojn, punktojn kaj streketojn.</translation>
    </message>
    <message>
        <source>Choose the currency the client is invoiced in.</source>
        <translation>Elektu la valuton en kiu la kliento estas fakturata.</translation>
    </message>
    <message>
        <source>Choose a document language.</source>
        <translation>Elektu lingvon de dokumentoj.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Pagokondiĉoj estas 0 ĝis 365 tagoj.</translation>
    </message>
    <message>
        <source>Remove the control characters from this field.</source>
        <translation>Forigu la regsignojn el ĉi tiu kampo.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Enigu la nomon de la kontakto.</translation>
    </message>
    <message>
        <source>Enter an address such as anna@example.com.</source>
        <translation>Enigu adreson kiel anna@example.com.</translation>
    </message>
    <message>
        <source>Enter a distance in km such as 12.5.</source>
        <translation>Enigu distancon en km, ekz. 12.5.</translation>
    </message>
    <message>
        <source>The distance is too large.</source>
        <translation>La distanco estas tro granda.</translation>
    </message>
    <message>
        <source>Enter a name for the site, e.g. Head office.</source>
        <translation>Nomu la ejon, ekz. Ĉefoficejo.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s country.</source>
        <translation>Elektu la landon de la ejo.</translation>
    </message>
    <message>
        <source>Travel time is 0 to 1440 minutes.</source>
        <translation>Vojaĝtempo estas 0 ĝis 1440 minutoj.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La periodo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>A statement covers dates between the years 1900 and 2999.</source>
        <translation>Raporto kovras datojn inter la jaroj 1900 kaj 2999.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Linio bezonas priskribon.</translation>
    </message>
    <message>
        <source>A line needs a quantity.</source>
        <translation>Linio bezonas kvanton.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you saved.</source>
        <translation>Iu alia ŝanĝis ĉi tiun malneton dum vi konservis.</translation>
    </message>
    <message>
        <source>Remove the line instead of setting its quantity to zero.</source>
        <translation>Forigu la linion anstataŭ meti ĝian kvanton al nulo.</translation>
    </message>
    <message>
        <source>Exports never write floats.</source>
        <translation>Eksportoj neniam skribas glitkomajn nombrojn.</translation>
    </message>
    <message>
        <source>Feedback is asked for after the ticket is resolved.</source>
        <translation>Opinio estas petata post kiam la bileto estas solvita.</translation>
    </message>
    <message>
        <source>The rating is 1 (poor) to 5 (excellent).</source>
        <translation>La takso estas de 1 (malbona) ĝis 5 (bonega).</translation>
    </message>
    <message>
        <source>Issue the draft first; a draft is not sent to the client.</source>
        <translation>Unue eldonu la malneton; malneto ne estas sendata al la kliento.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Donu la adreson al kiu sendi la fakturon.</translation>
    </message>
    <message>
        <source>Give the period as two dates.</source>
        <translation>Donu la periodon kiel du datojn.</translation>
    </message>
    <message>
        <source>There is no such invoice series.</source>
        <translation>Ne ekzistas tia fakturserio.</translation>
    </message>
    <message>
        <source>Give the issue date as a real date.</source>
        <translation>Donu la eldondaton kiel veran daton.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Fakturo bezonas almenaŭ unu linion.</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Donu titolon al la artikolo.</translation>
    </message>
    <message>
        <source>Describe at least the symptoms, a workaround or the fix.</source>
        <translation>Priskribu almenaŭ la simptomojn, provizoran solvon aŭ la riparon.</translation>
    </message>
    <message>
        <source>There is no such article.</source>
        <translation>Ne ekzistas tia artikolo.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Enigu kvanton.</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>Ŝablono bezonas nomon kaj tekston.</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s name and a port 1–65535.</source>
        <translation>Donu la nomon de la SMTP-servilo kaj pordon 1–65535.</translation>
    </message>
    <message>
        <source>The client (or the contact) has no e-mail address.</source>
        <translation>La kliento (aŭ la kontakto) ne havas retpoŝtadreson.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Ne ekzistas tia ŝablono.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring); TechLedger will not write the password to disk. Enter it each time you send.</source>
        <translation>Ĉi tiu komputilo ne havas pasvortejon (ŝlosilaron); TechLedger ne skribos la pasvorton al disko. Enigu ĝin ĉiufoje kiam vi sendas.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring): the password cannot be remembered and will be asked for each time.</source>
        <translation>Ĉi tiu komputilo ne havas pasvortejon (ŝlosilaron): la pasvorto ne estas memorebla kaj estos petata ĉiufoje.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enigu sumon.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>La sumo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>La sumo estas tro granda.</translation>
    </message>
    <message>
        <source>denominator must be positive</source>
        <translation>la denominatoro devas esti pozitiva</translation>
    </message>
    <message>
        <source>A number pattern must contain {seq}, e.g. &apos;{YYYY}-{seq:05}&apos;.</source>
        <translation>Numera ŝablono devas enhavi {seq}, ekz. &apos;{YYYY}-{seq:05}&apos;.</translation>
    </message>
    <message>
        <source>A draft has nothing to correct: edit it or delete it.</source>
        <translation>Malneto havas nenion por korekti: redaktu aŭ forigu ĝin.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Kreditnoto ne povas mem esti kreditita.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Diru kial la fakturo estas korektata; la kialo estos presita.</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>Pago devas esti pozitiva sumo.</translation>
    </message>
    <message>
        <source>Give the day the payment was received.</source>
        <translation>Donu la tagon kiam la pago alvenis.</translation>
    </message>
    <message>
        <source>A payment reference has at most 200 characters.</source>
        <translation>Paga referenco havas maksimume 200 signojn.</translation>
    </message>
    <message>
        <source>Credit whole quantities (thousandths of a unit).</source>
        <translation>Kreditu tutajn kvantojn (milonojn de unuo).</translation>
    </message>
    <message>
        <source>A top-up must add some hours.</source>
        <translation>Plenigo devas aldoni horojn.</translation>
    </message>
    <message>
        <source>The price of a block cannot be negative.</source>
        <translation>La prezo de bloko ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Give the date and time of the purchase.</source>
        <translation>Donu la daton kaj horon de la aĉeto.</translation>
    </message>
    <message>
        <source>The expiry is a date.</source>
        <translation>La eksvalidiĝo estas dato.</translation>
    </message>
    <message>
        <source>A block cannot expire before it is bought.</source>
        <translation>Bloko ne povas eksvalidiĝi antaŭ ol ĝi estas aĉetita.</translation>
    </message>
    <message>
        <source>Only positive minutes can be deducted.</source>
        <translation>Nur pozitivaj minutoj estas depreneblaj.</translation>
    </message>
    <message>
        <source>Give the date and time of the deduction.</source>
        <translation>Donu la daton kaj horon de la depreno.</translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation>Alĝustigo devas ŝanĝi la saldon.</translation>
    </message>
    <message>
        <source>Say why the balance is adjusted.</source>
        <translation>Diru kial la saldo estas alĝustigata.</translation>
    </message>
    <message>
        <source>Enter the hours bought, like 10 or 7:30.</source>
        <translation type="vanished">Enigu la aĉetitajn horojn, kiel 10 aŭ 7:30.</translation>
    </message>
    <message>
        <source>Minutes go up to 59; type it like 7:30.</source>
        <translation type="vanished">Minutoj iras ĝis 59; tajpu kiel 7:30.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Iu alia ŝanĝis ĉi tiun eron post kiam vi malfermis ĝin.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you saved.</source>
        <translation>Iu alia ŝanĝis ĉi tiun eron dum vi konservis.</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>minutoj ne povas esti negativaj</translation>
    </message>
    <message>
        <source>a minimum charge cannot be negative</source>
        <translation>minimuma fakturo ne povas esti negativa</translation>
    </message>
    <message>
        <source>Open the shop on at least one day.</source>
        <translation>Malfermu la firmaon almenaŭ unu tagon.</translation>
    </message>
    <message>
        <source>A unit has at most 20 characters.</source>
        <translation>Unuo havas maksimume 20 signojn.</translation>
    </message>
    <message>
        <source>Enter the price, or a markup over the cost.</source>
        <translation>Enigu la prezon aŭ marĝenon super la kosto.</translation>
    </message>
    <message>
        <source>Cost and markup give a price that is too large.</source>
        <translation>Kosto kaj marĝeno donas tro grandan prezon.</translation>
    </message>
    <message>
        <source>Choose one of the active VAT rates.</source>
        <translation>Elektu unu el la aktivaj AVI-kvotoj.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Enigu la juran nomon de la firmao.</translation>
    </message>
    <message>
        <source>Choose the country the company is registered in.</source>
        <translation>Elektu la landon kie la firmao estas registrita.</translation>
    </message>
    <message>
        <source>The registration id is one line of at most 50 characters.</source>
        <translation>La registra numero estas unu linio de maksimume 50 signoj.</translation>
    </message>
    <message>
        <source>The scheme is a four-digit ISO 6523 code, e.g. 0007.</source>
        <translation>La skemo estas kvarcifera ISO 6523-kodo, ekz. 0007.</translation>
    </message>
    <message>
        <source>This IBAN&apos;s check digits are wrong; check for a typo.</source>
        <translation>La kontrolciferoj de ĉi tiu IBAN estas malĝustaj; serĉu tajperaron.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits.</source>
        <translation>BIC havas 8 aŭ 11 literojn kaj ciferojn.</translation>
    </message>
    <message>
        <source>Give the rate a short code, e.g. SE25.</source>
        <translation>Donu al la kvoto mallongan kodon, ekz. SE25.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>AVI-kvoto estas inter 0 kaj 100 %.</translation>
    </message>
    <message>
        <source>Exempt and reverse-charge rates need the reason printed on invoices.</source>
        <translation>Senimpostaj kaj inversimpostaj kvotoj bezonas la kialon presitan sur fakturoj.</translation>
    </message>
    <message>
        <source>Give the series a code.</source>
        <translation>Donu kodon al la serio.</translation>
    </message>
    <message>
        <source>Give the work type a code, e.g. remote.</source>
        <translation>Donu kodon al la laborspeco, ekz. defore.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Tarifo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Enter the technician&apos;s name.</source>
        <translation>Enigu la nomon de la teknikisto.</translation>
    </message>
    <message>
        <source>Support tiers run from 0 to 4.</source>
        <translation>Subtenaj niveloj estas de 0 ĝis 4.</translation>
    </message>
    <message>
        <source>Give the dates the rate is valid.</source>
        <translation>Donu la datojn kiam la tarifo validas.</translation>
    </message>
    <message>
        <source>The rate ends before it starts.</source>
        <translation>La tarifo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Nomu la produkton.</translation>
    </message>
    <message>
        <source>Type the hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00; each span ends after it starts, in order.</source>
        <translation>Tajpu la horojn kiel 08:00–17:00, aŭ 08:00–12:00, 13:00–17:00; ĉiu intervalo finiĝas post sia komenco, laŭorde.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Prezoj ne povas esti negativaj.</translation>
    </message>
    <message>
        <source>Enter the company profile first.</source>
        <translation>Unue plenigu la profilon de la firmao.</translation>
    </message>
    <message>
        <source>Choose a colour like #1F5A96.</source>
        <translation>Elektu koloron kiel #1F5A96.</translation>
    </message>
    <message>
        <source>Round to 1, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Rondigu al 1, 6, 10, 15, 30 aŭ 60 minutoj.</translation>
    </message>
    <message>
        <source>Round up, to the nearest or down.</source>
        <translation>Rondigu supren, al la plej proksima aŭ malsupren.</translation>
    </message>
    <message>
        <source>Round each entry, each visit or each ticket.</source>
        <translation>Rondigu ĉiun registron, ĉiun viziton aŭ ĉiun bileton.</translation>
    </message>
    <message>
        <source>A minimum charge lies between 0 and 24 hours.</source>
        <translation>Minimuma fakturo estas inter 0 kaj 24 horoj.</translation>
    </message>
    <message>
        <source>Choose one of the offered languages.</source>
        <translation>Elektu unu el la proponitaj lingvoj.</translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation>Nomu la festotagon.</translation>
    </message>
    <message>
        <source>This day is already in the list.</source>
        <translation>Ĉi tiu tago jam estas en la listo.</translation>
    </message>
    <message>
        <source>Ticket numbers have no series: use {seq}, {YYYY}, {YY} and {MM}.</source>
        <translation>Numeroj de biletoj ne havas serion: uzu {seq}, {YYYY}, {YY} kaj {MM}.</translation>
    </message>
    <message>
        <source>Enter the registration id the scheme is for.</source>
        <translation>Enigu la registran numeron, por kiu estas la skemo.</translation>
    </message>
    <message>
        <source>A code is one line of at most 20 characters.</source>
        <translation>Kodo estas unu linio de maksimume 20 signoj.</translation>
    </message>
    <message>
        <source>Only standard-rated (S) VAT has a rate above zero.</source>
        <translation>Nur norma (S) AVI havas kvoton super nulo.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>La emblemo devas esti konservita kiel PNG-bildo.</translation>
    </message>
    <message>
        <source>The logo is too large; use a smaller picture.</source>
        <translation>La emblemo estas tro granda; uzu pli malgrandan bildon.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Nekonata prioritato.</translation>
    </message>
    <message>
        <source>The first response target must be above zero.</source>
        <translation>La celo de unua respondo devas esti super nulo.</translation>
    </message>
    <message>
        <source>Resolution cannot be due before the first response.</source>
        <translation>La solvo ne povas esti pagenda antaŭ la unua respondo.</translation>
    </message>
    <message>
        <source>No business hours within ten years: check the calendar and holidays.</source>
        <translation>Neniuj laborhoroj dum dek jaroj: kontrolu la kalendaron kaj festotagojn.</translation>
    </message>
    <message>
        <source>Business minutes to add cannot be negative.</source>
        <translation>Aldonotaj laborminutoj ne povas esti negativaj.</translation>
    </message>
    <message>
        <source>The business hours have no open time at all.</source>
        <translation>La laborhoroj tute ne havas malfermitan tempon.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue.</source>
        <translation>Tiu produkto ne plu estas en la katalogo.</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Ne ekzistas tia kliento.</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Donu titolon al la bileto.</translation>
    </message>
    <message>
        <source>A new ticket starts at tier 0–3; escalate to reach a vendor.</source>
        <translation>Nova bileto komenciĝas ĉe nivelo 0–3; eskaladu por atingi vendiston.</translation>
    </message>
    <message>
        <source>There is no such technician.</source>
        <translation>Ne ekzistas tia teknikisto.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>Ne ekzistas tia bileto.</translation>
    </message>
    <message>
        <source>Give a positive amount.</source>
        <translation>Donu pozitivan sumon.</translation>
    </message>
    <message>
        <source>Give the day the money was sent back.</source>
        <translation>Donu la tagon, kiam la mono estis resendita.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Diru kial aŭ kiel la mono reiris; tio estas konservata.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Nur pago povas esti nuligita.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Diru, kial la pago estas nuligata; la kialo estas konservata.</translation>
    </message>
    <message>
        <source>Enter a duration, like 1:30, 1.5 or 90m.</source>
        <translation>Enigu daŭron, ekz. 1:30, 1,5 aŭ 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Daŭro ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Client: the cell is empty; every record needs a client.</source>
        <translation>Kliento: la ĉelo estas malplena; ĉiu registro bezonas klienton.</translation>
    </message>
    <message>
        <source>Choose a column for the end time or for the duration.</source>
        <translation>Elektu kolumnon por la fina horo aŭ por la daŭro.</translation>
    </message>
    <message>
        <source>ITFlow&apos;s export read here is its clients list; import it as clients.</source>
        <translation>La eksporto de ITFlow legata ĉi tie estas ĝia klientlisto; importu ĝin kiel klientojn.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>La dosiero estas malplena: ne estas kaplinio.</translation>
    </message>
    <message>
        <source>Name: the cell is empty; name the product.</source>
        <translation>Nomo: la ĉelo estas malplena; nomu la produkton.</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>Nomo: maksimume 200 signoj.</translation>
    </message>
    <message>
        <source>Currency: the cell is empty and the company has no currency yet.</source>
        <translation>Valuto: la ĉelo estas malplena kaj la firmao ankoraŭ ne havas valuton.</translation>
    </message>
    <message>
        <source>Unit: at most 20 characters.</source>
        <translation>Unuo: maksimume 20 signoj.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosto</translation>
    </message>
    <message>
        <source>SKU: at most 50 characters.</source>
        <translation>SKU: maksimume 50 signoj.</translation>
    </message>
    <message>
        <source>Technician: the cell is empty; every entry needs a technician.</source>
        <translation>Teknikisto: la ĉelo estas malplena; ĉiu registro bezonas teknikiston.</translation>
    </message>
    <message>
        <source>Technician: names and e-mails have at most 200 characters.</source>
        <translation>Teknikisto: nomoj kaj retpoŝtadresoj havas maksimume 200 signojn.</translation>
    </message>
    <message>
        <source>Work type: names have at most 100 characters.</source>
        <translation>Laborspeco: nomoj havas maksimume 100 signojn.</translation>
    </message>
    <message>
        <source>Work type: none given, and the shop has no work types yet.</source>
        <translation>Laborspeco: neniu donita, kaj la firmao ankoraŭ ne havas laborspecojn.</translation>
    </message>
    <message>
        <source>End time: the work must end after it starts.</source>
        <translation>Fina horo: la laboro devas fini post sia komenco.</translation>
    </message>
    <message>
        <source>Duration: one entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Daŭro: unu registro ne povas esti pli longa ol 24 horoj; dividu ĝin laŭ tagoj.</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Fakturebla</translation>
    </message>
    <message>
        <source>Duration: there is neither an end time nor a duration.</source>
        <translation>Daŭro: estas nek fina horo nek daŭro.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La dato estas malplena.</translation>
    </message>
    <message>
        <source>The duration is empty.</source>
        <translation>La daŭro estas malplena.</translation>
    </message>
    <message>
        <source>Give the recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1MO.</source>
        <translation>Donu la ripetan regulon, ekz. FREQ=MONTHLY;BYDAY=1MO.</translation>
    </message>
    <message>
        <source>Give only the RRULE value; the start date is its own field.</source>
        <translation>Donu nur la RRULE-valoron; la komenca dato havas sian propran kampon.</translation>
    </message>
    <message>
        <source>A schedule repeats daily, weekly, monthly or yearly (FREQ=DAILY…YEARLY).</source>
        <translation>Plano ripetiĝas ĉiutage, ĉiusemajne, ĉiumonate aŭ ĉiujare (FREQ=DAILY…YEARLY).</translation>
    </message>
    <message>
        <source>A scheduled ticket starts at tier 0–3.</source>
        <translation>Planita bileto komenciĝas je nivelo 0–3.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>La plano ne povas finiĝi antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>The estimate is more than zero minutes, or empty.</source>
        <translation>La takso estas pli ol nul minutoj, aŭ malplena.</translation>
    </message>
    <message>
        <source>There is no such work type.</source>
        <translation>Ne ekzistas tia laborspeco.</translation>
    </message>
    <message>
        <source>This rule makes no date in the five years after the start.</source>
        <translation>Ĉi tiu regulo donas neniun daton en la kvin jaroj post la komenco.</translation>
    </message>
    <message>
        <source>That belongs to another client.</source>
        <translation>Tio apartenas al alia kliento.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Unue skribu la noton.</translation>
    </message>
    <message>
        <source>Escalate to tier 4 with the vendor&apos;s case to wait on a vendor.</source>
        <translation>Eskaladu al nivelo 4 kun la kazo de la vendisto por atendi vendiston.</translation>
    </message>
    <message>
        <source>Resolve the ticket before closing it.</source>
        <translation>Solvu la bileton antaŭ ol fermi ĝin.</translation>
    </message>
    <message>
        <source>The tier is 0–4.</source>
        <translation>La nivelo estas 0–4.</translation>
    </message>
    <message>
        <source>Say why the ticket moves.</source>
        <translation>Diru kial la bileto moviĝas.</translation>
    </message>
    <message>
        <source>Reopen the ticket before escalating it.</source>
        <translation>Remalfermu la bileton antaŭ ol eskaladi ĝin.</translation>
    </message>
    <message>
        <source>Tier 4 needs the vendor&apos;s name and their case number.</source>
        <translation>Nivelo 4 bezonas la nomon de la vendisto kaj ilian kazan numeron.</translation>
    </message>
    <message>
        <source>The ticket is already resolved.</source>
        <translation>La bileto jam estas solvita.</translation>
    </message>
    <message>
        <source>Say how the problem was solved.</source>
        <translation>Diru kiel la problemo estis solvita.</translation>
    </message>
    <message>
        <source>This timer was already stopped (perhaps on another computer).</source>
        <translation>Ĉi tiu tempomezurilo jam estis haltigita (eble en alia komputilo).</translation>
    </message>
    <message>
        <source>This technician&apos;s timer is already running; stop it first.</source>
        <translation>La tempomezurilo de ĉi tiu teknikisto jam funkcias; unue haltigu ĝin.</translation>
    </message>
    <message>
        <source>That ticket belongs to another client.</source>
        <translation>Tiu bileto apartenas al alia kliento.</translation>
    </message>
    <message>
        <source>Pick the client.</source>
        <translation>Elektu la klienton.</translation>
    </message>
    <message>
        <source>Pick the site the visit was at.</source>
        <translation>Elektu la ejon de la vizito.</translation>
    </message>
    <message>
        <source>Pick the technician.</source>
        <translation>Elektu la teknikiston.</translation>
    </message>
    <message>
        <source>Departure must be after arrival.</source>
        <translation>La foriro devas esti post la alveno.</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>Vojaĝo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Pick the kind of work.</source>
        <translation>Elektu la laborspecon.</translation>
    </message>
    <message>
        <source>The work must take some time.</source>
        <translation>La laboro devas daŭri iom da tempo.</translation>
    </message>
    <message>
        <source>Say what was done; the customer signs for it.</source>
        <translation>Diru kio estis farita; la kliento subskribas por ĝi.</translation>
    </message>
    <message>
        <source>Pick the material from the catalogue.</source>
        <translation>Elektu la materialon el la katalogo.</translation>
    </message>
    <message>
        <source>That line is not on this visit.</source>
        <translation>Tiu linio ne estas en ĉi tiu vizito.</translation>
    </message>
    <message>
        <source>That line is already invoiced; it cannot be removed.</source>
        <translation>Tiu linio jam estas fakturita; ĝi ne estas forigebla.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>Petu la klienton subskribi en la kesto.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Tajpu la nomon de la persono kiu subskribis.</translation>
    </message>
    <message>
        <source>That site belongs to another client.</source>
        <translation>Tiu ejo apartenas al alia kliento.</translation>
    </message>
    <message>
        <source>A visit cannot last more than 24 hours.</source>
        <translation>Vizito ne povas daŭri pli ol 24 horojn.</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>La subskriba bildo estas tro granda.</translation>
    </message>
    <message>
        <source>Give the start and the end as a date and a time.</source>
        <translation>Donu la komencon kaj la finon kiel daton kaj horon.</translation>
    </message>
    <message>
        <source>The description contains control characters; remove them.</source>
        <translation type="vanished">La priskribo enhavas regsignojn; forigu ilin.</translation>
    </message>
    <message>
        <source>Travel is a whole number, zero or more.</source>
        <translation>Vojaĝo estas entjero, nulo aŭ pli.</translation>
    </message>
    <message>
        <source>A rate is a whole amount, zero or more.</source>
        <translation>Tarifo estas tuta sumo, nulo aŭ pli.</translation>
    </message>
    <message>
        <source>The price is not a usable amount.</source>
        <translation>La prezo ne estas uzebla sumo.</translation>
    </message>
    <message>
        <source>Give the day the material was used.</source>
        <translation>Donu la tagon kiam la materialo estis uzita.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Ĉi tiu registro ne plu ekzistas.</translation>
    </message>
    <message>
        <source>This entry is on an invoice; correct the invoice with a credit note.</source>
        <translation>Ĉi tiu registro estas en fakturo; korektu la fakturon per kreditnoto.</translation>
    </message>
    <message>
        <source>The work must end after it starts.</source>
        <translation>La laboro devas finiĝi post sia komenco.</translation>
    </message>
    <message>
        <source>Type the markup as a percentage, like 25.</source>
        <translation>Tajpu la marĝenon kiel procenton, ekz. 25.</translation>
    </message>
    <message>
        <source>A markup has at most two decimals, like 12.25 %.</source>
        <translation>Marĝeno havas maksimume du decimalojn, ekz. 12,25 %.</translation>
    </message>
    <message>
        <source>A markup lies between 0 and 1000 %.</source>
        <translation>Marĝeno estas inter 0 kaj 1000 %.</translation>
    </message>
    <message>
        <source>An SKU has at most 50 characters.</source>
        <translation>SKU havas maksimume 50 signojn.</translation>
    </message>
    <message>
        <source>Give the unit, e.g. pc, m or h.</source>
        <translation>Donu la unuon, ekz. pec, m aŭ h.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Nomo havas maksimume 200 signojn.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La kvanto devas esti pli ol nulo.</translation>
    </message>
    <message>
        <source>Name the material or pick a product.</source>
        <translation>Nomu la materialon aŭ elektu produkton.</translation>
    </message>
    <message>
        <source>Give the contract a name.</source>
        <translation>Donu nomon al la kontrakto.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>La kontrakto finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>Term and managed contracts need a billing period.</source>
        <translation>Tempolimaj kaj administrataj kontraktoj bezonas fakturperiodon.</translation>
    </message>
    <message>
        <source>Describe the fee.</source>
        <translation>Priskribu la kotizon.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>Kotizo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Only term and managed-services contracts have recurring fees.</source>
        <translation>Nur tempolimaj kaj administrataj kontraktoj havas periodajn kotizojn.</translation>
    </message>
    <message>
        <source>A contract name is one line of at most 200 characters.</source>
        <translation>Kontrakta nomo estas unu linio de maksimume 200 signoj.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Ĉi tiu nombro estas ekster la permesata intervalo.</translation>
    </message>
    <message>
        <source>One entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Unu registro ne povas esti pli longa ol 24 horoj; dividu ĝin laŭ tagoj.</translation>
    </message>
    <message>
        <source>That contract belongs to another client.</source>
        <translation>Tiu kontrakto apartenas al alia kliento.</translation>
    </message>
    <message>
        <source>Give a price for material that is not in the catalogue.</source>
        <translation>Donu prezon por materialo ne en la katalogo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Junior</source>
        <translation>Komencanto</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Sperta</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Eksperto</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Agordoj</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Profilo de la firmao</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Fakturnumeroj</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>AVI-kvotoj</translation>
    </message>
    <message>
        <source>Work types and rates</source>
        <translation>Laborspecoj kaj tarifoj</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Teknikistoj</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalogo</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rondigo</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>Hours, holidays and SLA</source>
        <translation>Horoj, festotagoj kaj SLA</translation>
    </message>
    <message>
        <source>Maintenance schedules</source>
        <translation>Prizorgaj planoj</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>Retpoŝto kaj ŝablonoj</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingvoj</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavkombinoj</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Klavkombino</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenestro</translation>
    </message>
    <message>
        <source>A page&apos;s shortcuts work while that page is shown; the Actions menu lists those of the page on show.</source>
        <translation>La klavkombinoj de paĝo funkcias dum tiu paĝo estas montrata; la menuo Agoj listigas tiujn de la montrata paĝo.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Subskribu ĉi tie per la muso, skribilo aŭ fingro</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Subskribo de la kliento</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nomo</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Strato</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Poŝt&amp;kodo</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Urbo</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Lando</translation>
    </message>
    <message>
        <source>km from the shop, e.g. 12.5</source>
        <translation>km de la firmao, ekz. 12.5</translation>
    </message>
    <message>
        <source>&amp;Distance (km)</source>
        <translation>&amp;Distanco (km)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Travel time</source>
        <translation>&amp;Vojaĝtempo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otoj</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Retpoŝta servilo (SMTP)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>tenata en la sistema ŝlosilaro</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Memori la pasvorton en la ŝlosilaro</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servilo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Pordo</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sekureco</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uzantonomo</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adreso de sendinto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasvorto</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Prepaid statement — %1</source>
        <translation>Raporto pri antaŭpagitaj horoj — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Foliumi…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Konservi kiel</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Konservi PDF</translation>
    </message>
    <message>
        <source>Prepaid statement %1 %2 to %3.pdf</source>
        <translation>Raporto antaŭpagita %1 %2 ĝis %3.pdf</translation>
    </message>
    <message>
        <source>Save prepaid statement</source>
        <translation>Konservi la raporton pri antaŭpagitaj horoj</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-dosieroj (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La periodo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elektu kien konservi la PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La dosierujo %1 ne ekzistas.</translation>
    </message>
</context>
<context>
    <name>TaxSection</name>
    <message>
        <source>VAT rates</source>
        <translation>AVI-kvotoj</translation>
    </message>
    <message>
        <source>A rate used on an issued invoice can be deactivated, not changed: add a new rate when the law changes.</source>
        <translation>Kvoto uzita sur eldonita fakturo povas esti malaktivigita, ne ŝanĝita: aldonu novan kvoton kiam la leĝo ŝanĝiĝas.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kvoto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorio</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Noto pri esceptiĝo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Malaktivigi</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Nova AVI-kvoto</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Kvoto (%)</translation>
    </message>
    <message>
        <source>0 for zero-rated and exempt.</source>
        <translation>0 por nulkvotaj kaj senimpostaj.</translation>
    </message>
    <message>
        <source>Printed on invoices for exempt, reverse-charge and out-of-scope rates.</source>
        <translation>Presita sur fakturoj por senimpostaj, inversimpostaj kaj ekster-AVI-aj kvotoj.</translation>
    </message>
    <message>
        <source>Add VAT rate</source>
        <translation>Aldoni AVI-kvoton</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Norma kvoto</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Nulkvota</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Senimposta</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Inversa imposto</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Intra-EU-a liverado</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Eksporto ekster EU</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Ekster la amplekso de AVI</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivigi</translation>
    </message>
    <message>
        <source>VAT rate added.</source>
        <translation>AVI-kvoto aldonita.</translation>
    </message>
</context>
<context>
    <name>TechniciansSection</name>
    <message>
        <source>Technicians</source>
        <translation>Teknikistoj</translation>
    </message>
    <message>
        <source>The people who log time and visits. A deactivated technician leaves every picker but keeps all their work.</source>
        <translation>La homoj, kiuj registras tempon kaj vizitojn. Malaktivigita teknikisto malaperas el ĉiu elektilo sed konservas sian tutan laboron.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivelo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Defaŭlta tarifo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Rate rules can set a rate per level.</source>
        <translation>Tarifaj reguloj povas difini tarifon por ĉiu nivelo.</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>Subtena tavolo</translation>
    </message>
    <message>
        <source>0 (first line) to 4.</source>
        <translation>0 (unua linio) ĝis 4.</translation>
    </message>
    <message>
        <source>Default hourly rate (%1)</source>
        <translation>Defaŭlta hora tarifo (%1)</translation>
    </message>
    <message>
        <source>Leave empty to use the work type&apos;s rate.</source>
        <translation>Lasu malplena por uzi la tarifon de la laborspeco.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Only a technician with no recorded work</source>
        <translation>Nur teknikisto sen registrita laboro</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Malaktivigi</translation>
    </message>
    <message>
        <source>Add technician</source>
        <translation>Aldoni teknikiston</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Komencanto</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Norma</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Sperta</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Eksperto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Konservi ŝanĝojn</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivigi</translation>
    </message>
    <message>
        <source>Technician saved.</source>
        <translation>Teknikisto konservita.</translation>
    </message>
    <message>
        <source>Technician deactivated.</source>
        <translation>Teknikisto malaktivigita.</translation>
    </message>
    <message>
        <source>Technician reactivated.</source>
        <translation>Teknikisto reaktivigita.</translation>
    </message>
    <message>
        <source>Technician deleted.</source>
        <translation>Teknikisto forigita.</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Response</source>
        <translation>Respondo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solvo</translation>
    </message>
    <message>
        <source>No SLA target</source>
        <translation>Neniu SLA-celo</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Solvita ene de la SLA</translation>
    </message>
    <message>
        <source>Resolved after the SLA</source>
        <translation>Solvita post la SLA</translation>
    </message>
    <message>
        <source>With the vendor, no date promised</source>
        <translation>Ĉe la vendisto, neniu dato promesita</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>ne fakturita</translation>
    </message>
    <message>
        <source>No materials logged yet (Ctrl+Shift+M).</source>
        <translation>Ankoraŭ neniuj materialoj registritaj (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>Uzitaj materialoj</translation>
    </message>
    <message>
        <source>With the vendor, promised for %1</source>
        <translation>Ĉe la vendisto, promesita por %1</translation>
    </message>
    <message>
        <source>Vendor late: promised for %1</source>
        <translation>Vendisto malfruas: promesita por %1</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>fakturita</translation>
    </message>
    <message>
        <source>Stop the timer and log the work</source>
        <translation>Haltigi la tempomezurilon kaj registri la laboron</translation>
    </message>
    <message>
        <source>Start timing work on this ticket</source>
        <translation>Komenci tempomezuri laboron pri ĉi tiu bileto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Publika respondo</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskaladi</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asigni</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Registri tempon</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materialo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redakti</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starti tempomezurilon</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>Atendi la klienton</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Solvi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaĝo</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritato</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivelo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Respondeculo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Malfermita</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Unua respondo</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Limdato de solvo</translation>
    </message>
    <message>
        <source>Paused (business)</source>
        <translation>Paŭzita (labortempo)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Vendor case</source>
        <translation>Kazo ĉe la vendisto</translation>
    </message>
    <message>
        <source>Vendor promised</source>
        <translation>Vendisto promesis</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Registrita tempo</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialoj</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Solvita per artikolo</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ankoraŭ neniu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ankoraŭ ne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Neniu</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Remalfermi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Daŭrigi</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Remalfermita</translation>
    </message>
    <message>
        <source>%1 due in %2 business hours</source>
        <translation>%1 post %2 laborhoroj</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 ero</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ne ŝanĝita</translation>
    </message>
    <message>
        <source>%1: clock paused, %2 h left</source>
        <translation>%1: horloĝo paŭzita, %2 h restas</translation>
    </message>
    <message>
        <source>%1 overdue by %2 h</source>
        <translation>%1 malfruas je %2 h</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was changed. The ticket now shows their change; try again if still needed.</source>
        <translation>Iu alia ŝanĝis ĉi tiun bileton samtempe, do nenio estis ŝanĝita. La bileto nun montras ilian ŝanĝon; reprovu, se ankoraŭ necese.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Haltigi tempomezurilon</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Limdato %1</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Fakturebla: %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 eroj</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Malfruas</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Riskas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paŭzita</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Laŭplane</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Plenumita</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Malobservita</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Ĉe la vendisto</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Vendisto malfruas</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biletoj</translation>
    </message>
    <message>
        <source>No tickets here. Pick another filter, or open a new ticket with Ctrl+N.</source>
        <translation>Neniuj biletoj ĉi tie. Elektu alian filtrilon, aŭ malfermu novan bileton per Ctrl+N.</translation>
    </message>
    <message>
        <source>Search number, title and description…</source>
        <translation type="vanished">Serĉi numeron, titolon kaj priskribon…</translation>
    </message>
    <message>
        <source>Search tickets…</source>
        <translation>Serĉi biletojn…</translation>
    </message>
    <message>
        <source>Searches the number, title and description (Ctrl+F)</source>
        <translation>Serĉas la numeron, titolon kaj priskribon (Ctrl+F)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nova bileto</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>Malfermi novan bileton (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportoj</translation>
    </message>
    <message>
        <source>SLA per client and feedback for a period (Ctrl+Shift+P)</source>
        <translation>SLA po kliento kaj opinioj por periodo (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Mi estas</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Ĉiuj malfermitaj</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Miaj</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Neasignita</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>En risko aŭ malfruaj</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Atendas la klienton</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Atendas la vendiston</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Laŭ nivelo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Solvita</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Ĉiuj biletoj</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Nivelo 0 · memhelpo</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Nivelo 1 · unua kontakto</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Nivelo 2 · pli profunda problemsolvado</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Nivelo 3 · specialistoj</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Nivelo 4 · vendisto</translation>
    </message>
</context>
<context>
    <name>TicketReports</name>
    <message>
        <source>This month</source>
        <translation>Ĉi tiu monato</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Pasinta monato</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Lastaj 90 tagoj</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ĉi tiu jaro</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Propra periodo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biletoj</translation>
    </message>
    <message>
        <source>Response
met</source>
        <translation>Respondo
plenumita</translation>
    </message>
    <message>
        <source>Response
breached</source>
        <translation>Respondo
malobservita</translation>
    </message>
    <message>
        <source>Resolution
met</source>
        <translation>Solvo
plenumita</translation>
    </message>
    <message>
        <source>Resolution
breached</source>
        <translation>Solvo
malobservita</translation>
    </message>
    <message>
        <source>Open,
in time</source>
        <translation>Malfermitaj,
laŭtempe</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Plenumita</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Taksoj</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mezumo</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Plej malalta</translation>
    </message>
    <message>
        <source>Helpdesk reports</source>
        <translation>Helpejaj raportoj</translation>
    </message>
    <message>
        <source>SLA targets met</source>
        <translation>Plenumitaj SLA-celoj</translation>
    </message>
    <message>
        <source>Targets breached</source>
        <translation>Malobservitaj celoj</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Meza takso</translation>
    </message>
    <message>
        <source>Tickets opened in the period that have SLA targets. A target still open but already past due counts as breached.</source>
        <translation>Biletoj malfermitaj en la periodo kun SLA-celoj. Celo ankoraŭ malfermita sed jam post la limdato kalkuliĝas kiel malobservita.</translation>
    </message>
    <message>
        <source>Ratings (1–5) received in the period.</source>
        <translation>Taksoj (1–5) ricevitaj en la periodo.</translation>
    </message>
    <message>
        <source>SLA per client</source>
        <translation>SLA po kliento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Feedback per technician</source>
        <translation>Opinioj po teknikisto</translation>
    </message>
    <message>
        <source>Feedback per client</source>
        <translation>Opinioj po kliento</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La periodo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Neniuj taksoj en ĉi tiu periodo</translation>
    </message>
    <message>
        <source>Not resolved yet and not past due</source>
        <translation>Ankoraŭ ne solvita kaj ne post la limdato</translation>
    </message>
    <message>
        <source>%1 response, %2 resolution</source>
        <translation>%1 respondo, %2 solvo</translation>
    </message>
    <message>
        <source>%1 ratings from %2 clients</source>
        <translation>%1 taksoj de %2 klientoj</translation>
    </message>
    <message>
        <source>%1 of %2 targets, %3 tickets</source>
        <translation>%1 el %2 celoj, %3 biletoj</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Unassigned</source>
        <translation>Neasignita</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Bileto malfermita</translation>
    </message>
    <message>
        <source>Escalated: tier %1 → %2</source>
        <translation>Eskaladita: nivelo %1 → %2</translation>
    </message>
    <message>
        <source>De-escalated: tier %1 → %2</source>
        <translation>Maleskaladita: nivelo %1 → %2</translation>
    </message>
    <message>
        <source>Public note</source>
        <translation>Publika noto</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interna noto</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Mesaĝo al la kliento</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Opinio de la kliento</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignita al %1</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Ankoraŭ nenio okazis.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Stato: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Whose week and whose timer</source>
        <translation>Kies semajno kaj kies tempomezurilo</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Antaŭa semajno (Alt+Maldekstren)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ĉi tiu semajno</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Venonta semajno (Alt+Dekstren)</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nova registro…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Billed time in grey is a preview with the rounding rule that applies today; in black it is as invoiced.</source>
        <translation>Fakturita tempo en griza estas antaŭrigardo laŭ la hodiaŭa rondiga regulo; en nigra ĝi estas kiel fakturita.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Ĉiuj registroj</translation>
    </message>
    <message>
        <source>No time entries yet. Work logged by technicians appears here.</source>
        <translation>Ankoraŭ neniuj tempo-registroj. Laboro registrita de teknikistoj aperas ĉi tie.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semajno</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Semajno %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Add a technician in Settings to log time.</source>
        <translation>Aldonu teknikiston en Agordoj por registri tempon.</translation>
    </message>
    <message>
        <source>Week: %1 raw · %2 billed</source>
        <translation>Semajno: %1 kruda · %2 fakturita</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping entries</source>
        <translation>
            <numerusform>%n interkovra registro</numerusform>
            <numerusform>%n interkovraj registroj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 raw · %3 billed</source>
        <translation>%1 — %2 kruda · %3 fakturita</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Start the timer or add an entry (Ctrl+Shift+E).</source>
        <translation>Nenio registrita en ĉi tiu tago. Lanĉu la tempomezurilon aŭ aldonu registron (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Registro forigita.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Haltigi tempomezurilon</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Lanĉi tempomezurilon</translation>
    </message>
    <message>
        <source>Running since %1 · %2</source>
        <translation>Funkcias ekde %1 · %2</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>Add a technician in Settings before timing work.</source>
        <translation>Aldonu teknikiston en Agordoj antaŭ ol mezuri laboron.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tempomezurilo</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <source>Start &amp;timer</source>
        <translation>Lanĉi &amp;tempomezurilon</translation>
    </message>
    <message>
        <source>New time &amp;entry…</source>
        <translation>Nova tempo-&amp;registro…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tempomezurilo</translation>
    </message>
    <message>
        <source>Show TechLedger</source>
        <translation>Montri TechLedger</translation>
    </message>
    <message>
        <source>Stop &amp;timer</source>
        <translation>Haltigi &amp;tempomezurilon</translation>
    </message>
    <message>
        <source>Stop the timer and log the work (Ctrl+Shift+T)</source>
        <translation>Haltigi la tempomezurilon kaj registri la laboron (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Start timing work now (Ctrl+Shift+T)</source>
        <translation>Komenci mezuri laboron nun (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Tempomezurilo %1</translation>
    </message>
    <message>
        <source>TechLedger — no timer running</source>
        <translation>TechLedger — neniu tempomezurilo funkcias</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up prepaid hours — %1</source>
        <translation>Plenigi antaŭpagitajn horojn — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h left now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h restas nun.</translation>
    </message>
    <message>
        <source>e.g. 10 or 7:30</source>
        <translation>ekz. 10 aŭ 7:30</translation>
    </message>
    <message>
        <source>This contract needs a purchase of at least %1 h.</source>
        <translation>Ĉi tiu kontrakto bezonas aĉeton de almenaŭ %1 h.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horoj</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezo</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Aĉetdato</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Eksvalidiĝas je</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Eksvalidiĝo</translation>
    </message>
    <message>
        <source>Order or invoice reference (optional)</source>
        <translation>Referenco de mendo aŭ fakturo (nedeviga)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <source>A draft invoice for the block is created when you save.</source>
        <translation>Fakturmalneto por la bloko kreiĝas kiam vi konservas.</translation>
    </message>
    <message>
        <source>The next month-end run for this client invoices the block.</source>
        <translation>La sekva monatfina kuro por ĉi tiu kliento fakturas la blokon.</translation>
    </message>
    <message>
        <source>The block first pays the %1 h owed: %2 h of it will be left.</source>
        <translation>La bloko unue pagas la ŝulditajn %1 h: %2 h el ĝi restos.</translation>
    </message>
</context>
<context>
    <name>VersionedRecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Iu alia ŝanĝis ĉi tiun eron post kiam vi malfermis ĝin, do viaj ŝanĝoj ankoraŭ ne estas konservitaj. Ambaŭ versioj estas montritaj sube: marku la valorojn prenotajn el ilia, aŭ konservu ĉiujn viajn, poste premu OK por konservi.</translation>
    </message>
    <message>
        <source>Press OK to save the values now in the form.</source>
        <translation>Premu OK por konservi la valorojn nun en la formularo.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>— pick a client —</source>
        <translation>— elektu klienton —</translation>
    </message>
    <message>
        <source>e.g. 2026-11-23 11:30 or 11:30</source>
        <translation>ekz. 2026-11-23 11:30 aŭ 11:30</translation>
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
        <translation>Kio estis farita, per unu aŭ du frazoj</translation>
    </message>
    <message>
        <source>h:mm</source>
        <translation>h:mm</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanco</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ejo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Arrival – departure</source>
        <translation>Alveno – foriro</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Vojaĝo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Konservi viziton</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Konservi la viziton (Ctrl+S)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizito</translation>
    </message>
    <message>
        <source>— type to search the catalogue —</source>
        <translation>— tajpu por serĉi en la katalogo —</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bileto</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Priskribo</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>Forlasi ĉi tiun viziton?</translation>
    </message>
    <message>
        <source>This visit has changes that are not saved yet.</source>
        <translation>Ĉi tiu vizito havas ŝanĝojn ankoraŭ ne konservitajn.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Konservi kaj reiri</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Forĵeti ŝanĝojn</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Resti</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the work on this visit is not logged under a contract, and only a contract&apos;s travel terms (trip fee, distance or travel-time rate) put travel on an invoice.</source>
        <translation>La vojaĝo estas en la raporto sed ne fakturita: la laboro de ĉi tiu vizito ne estas registrita sub kontrakto, kaj nur la vojaĝaj kondiĉoj de kontrakto (veturkosto, distanca aŭ vojaĝtempa tarifo) metas vojaĝon sur fakturon.</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the contract %1 has no travel terms (trip fee, distance or travel-time rate).</source>
        <translation>La vojaĝo estas en la raporto sed ne fakturita: la kontrakto %1 ne havas vojaĝajn kondiĉojn (veturkosto, distanca aŭ vojaĝtempa tarifo).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>komenco</translation>
    </message>
    <message>
        <source>1:30</source>
        <translation>1:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kio estis farita</translation>
    </message>
    <message>
        <source>Add work</source>
        <translation>Aldoni laboron</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Farita laboro</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materialo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kvanto</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unuoprezo</translation>
    </message>
    <message>
        <source>— pick from the catalogue —</source>
        <translation type="vanished">— elektu el la katalogo —</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Aldoni materialon</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialoj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Viŝi</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Nomo per majuskloj</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Subskribo de la kliento</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Subskribita de</translation>
    </message>
    <message>
        <source>Save the visit first; then add work, materials and the signature.</source>
        <translation>Unue konservu la viziton; poste aldonu laboron, materialojn kaj la subskribon.</translation>
    </message>
    <message>
        <source>Sign and produce report</source>
        <translation>Subskribi kaj produkti raporton</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Konservi PDF…</translation>
    </message>
    <message>
        <source>The visit report appears here. Add the work, let the customer sign, then produce the report.</source>
        <translation>La vizitraporto aperas ĉi tie. Aldonu la laboron, lasu la klienton subskribi, poste produktu la raporton.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Antaŭrigardo de raporto</translation>
    </message>
    <message>
        <source>‹ All visits</source>
        <translation>‹ Ĉiuj vizitoj</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Vizito %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nova vizito</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(neniu bileto)</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Subskribita de %1 je %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Take the selected line off the visit (Delete)</source>
        <translation>Forpreni la elektitan linion de la vizito (Delete)</translation>
    </message>
    <message>
        <source>— pick the client first —</source>
        <translation>— unue elektu la klienton —</translation>
    </message>
    <message>
        <source>(this client has no sites; add one under Clients)</source>
        <translation>(ĉi tiu kliento ne havas ejojn; aldonu unu sub Klientoj)</translation>
    </message>
    <message>
        <source>The report could not be produced: %1</source>
        <translation>La raporto ne povis esti produktita: %1</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Konservi la vizitraporton</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-dosieroj (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>La raporto ne estis konservita: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>No visits yet. Start one when you arrive on site.</source>
        <translation>Ankoraŭ neniuj vizitoj. Komencu unu kiam vi alvenas surloke.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nova vizito</translation>
    </message>
    <message>
        <source>Start a visit report (Ctrl+N)</source>
        <translation>Komenci vizitraporton (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>Surlokaj vizitoj</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>Alveno</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ejo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknikisto</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Subskribita</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ne subskribita</translation>
    </message>
</context>
<context>
    <name>WeekGridTableModel</name>
    <message>
        <source>Total</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Ĵa</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ve</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>%1 raw · %2 billed</source>
        <translation>%1 kruda · %2 fakturita</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Interkovras alian registron de ĉi tiu teknikisto.</translation>
    </message>
    <message>
        <source>%1 raw
%2 billed</source>
        <translation>%1 kruda
%2 fakturita</translation>
    </message>
</context>
<context>
    <name>WorkTypesSection</name>
    <message>
        <source>Work types</source>
        <translation>Laborspecoj</translation>
    </message>
    <message>
        <source>Each kind of work has a default hourly rate; rate rules below and contracts can override it.</source>
        <translation>Ĉiu laborspeco havas defaŭltan horan tarifon; la tarifaj reguloj sube kaj kontraktoj povas superregi ĝin.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hora tarifo</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Surloke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Hourly rate (%1)</source>
        <translation>Hora tarifo (%1)</translation>
    </message>
    <message>
        <source>Done at the client&apos;s site</source>
        <translation>Farata ĉe la kliento</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Malaktivigi</translation>
    </message>
    <message>
        <source>Add work type</source>
        <translation>Aldoni laborspecon</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Tarifaj reguloj</translation>
    </message>
    <message>
        <source>A rate from a date on. Work is priced by the rule in force on the day it was done, so a new rate never changes past work. Rules for one client or contract are set on the contract.</source>
        <translation>Tarifo ekde dato. Laboro estas prezata laŭ la regulo valida en la tago kiam ĝi estis farita, do nova tarifo neniam ŝanĝas pasintan laboron. Reguloj por unu kliento aŭ kontrakto estas agordataj en la kontrakto.</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Laborspeco</translation>
    </message>
    <message>
        <source>Technician level</source>
        <translation>Nivelo de teknikisto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Ĝis</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Ajna nivelo</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Lasta tago</translation>
    </message>
    <message>
        <source>Select a rule above and press “End rule” to stop it after this day.</source>
        <translation>Elektu regulon supre kaj premu „Fini regulon” por haltigi ĝin post ĉi tiu tago.</translation>
    </message>
    <message>
        <source>End rule</source>
        <translation>Fini regulon</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Aldoni regulon</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Komencanta</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Norma</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Sperta</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Eksperto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>All work types</source>
        <translation>Ĉiuj laborspecoj</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Konservi ŝanĝojn</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivigi</translation>
    </message>
    <message>
        <source>Work type saved.</source>
        <translation>Laborspeco konservita.</translation>
    </message>
    <message>
        <source>Rate rule added.</source>
        <translation>Tarifa regulo aldonita.</translation>
    </message>
    <message>
        <source>Rate rule ended.</source>
        <translation>Tarifa regulo finita.</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <source>Edit</source>
        <translation>Redakti</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arĥivi</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>not billable</source>
        <translation>ne fakturebla</translation>
    </message>
</context>
</TS>
