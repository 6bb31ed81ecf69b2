<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name></name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Εισαγάγετε ποσότητα.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Η ποσότητα έχει το πολύ τρία δεκαδικά.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Η ποσότητα δεν μπορεί να είναι μηδέν.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Η ποσότητα είναι πολύ μεγάλη.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Αναίρεση (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Ανά καταχώριση</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Ανά αίτημα</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Ανά επίσκεψη</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Ανά είδος εργασίας</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Τιμολόγιο %1 · %2 · ανεξόφλητο %3</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Αντιλογισμός πληρωμής</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Για πληρωμή που καταχωρίστηκε κατά λάθος. Παραμένει στο αρχείο· προστίθεται αντιλογισμός ίδιου ποσού με την αιτία σας και το υπόλοιπο ενημερώνεται.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Πληρωμή</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>π.χ. καταχωρίστηκε σε λάθος τιμολόγιο</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ημερομηνία</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Επιλέξτε την πληρωμή για αντιλογισμό.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Γράψτε γιατί αντιλογίζεται η πληρωμή· η αιτία φυλάσσεται.</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Χρήση πίστωσης</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Πίστωση από προηγούμενες πληρωμές: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 προς πληρωμή</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Τιμολόγιο</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Ποσό (%1)</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Ο πελάτης δεν έχει ανοιχτό τιμολόγιο για να τη χρησιμοποιήσει.</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Επιστροφή πίστωσης</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>π.χ. επιστράφηκε με τραπεζικό έμβασμα</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Γράψτε γιατί ή πώς επιστράφηκαν τα χρήματα· φυλάσσεται.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ε&amp;λήφθη στις</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Τραπεζική μεταφορά</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Μετρητά</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Τρόπος</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Α&amp;ναφορά</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>π.χ. η γραμμή του αντιγράφου κίνησης</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Πιστωτικό για %1</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>Ολό&amp;κληρο το τιμολόγιο (ό,τι απομένει)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>Επι&amp;λεγμένες γραμμές και ποσότητες</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Τιμολογήθηκε</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Απομένει</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Γραμμές</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Αιτία</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Τυπώνεται στο πιστωτικό</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Το πιστωμένο έργο να γίνει ξανά &amp;χρεώσιμο</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Ο χρόνος και τα υλικά σε πλήρως πιστωμένες γραμμές επιστρέφουν στην ατιμολόγητη εργασία, ώστε να τιμολογηθούν ξανά (π.χ. με διορθωμένη χρέωση).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>Ημερομηνία έ&amp;κδοσης</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Καθαρή πίστωση: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Καθαρή πίστωση: %1 (συν ΦΠΑ)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Επιλέξτε τις γραμμές προς πίστωση.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Γράψτε γιατί διορθώνεται το τιμολόγιο· η αιτία τυπώνεται.</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Κλείσιμο μήνα</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Συντάσσει και εκδίδει ένα τιμολόγιο ανά πελάτη με ατιμολόγητη εργασία ή οφειλόμενη χρέωση. Κάθε πελάτης αποθηκεύεται χωριστά: η ακύρωση κρατά τα τιμολόγια που εκδόθηκαν ως τότε και αφήνει τα υπόλοιπα ατιμολόγητα.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Περίοδος &amp;από</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Περίοδος έ&amp;ως</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Γραμμές</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Εκτέλεση</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Εκδώστε τα τιμολόγια την τελευταία ημέρα της περιόδου ή αργότερα.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Κωδικός διακομιστή αλληλογραφίας</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Απομνημόνευση στη μνήμη κωδικών του συστήματος</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Κρατιέται μόνο στη μνήμη, μέχρι να κλείσει το TechLedger.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Προς</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Μήνυμα</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Α&amp;ποστολή</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Διακομιστής αλληλογραφίας…</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Δώστε τη διεύθυνση αποστολής του τιμολογίου.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Δεν έχει ρυθμιστεί ακόμη διακομιστής αλληλογραφίας: χρησιμοποιήστε πρώτα το «Διακομιστής αλληλογραφίας…».</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει μνήμη κωδικών (keyring), οπότε το TechLedger δεν μπορεί να θυμάται τον κωδικό του διακομιστή αλληλογραφίας και δεν τον γράφει ποτέ στον δίσκο. Πληκτρολογήστε τον για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Αποστολή του τιμολογίου</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>ποσότητα %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>τιμή μονάδας %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>καμία αλλαγή</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Αλλαγή γραμμής %1: %2</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Προσθήκη γραμμής: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Προσθήκη έκπτωσης: %1</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Αφαίρεση γραμμής %1 («%2»)</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Διαγραφή αυτού του πρόχειρου (η εργασία του γίνεται ξανά ατιμολόγητη)</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ορισμός σημειώσεων σε: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(καμία)</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Έκδοση του πρόχειρου με ημερομηνία %1</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>κάποιος άλλος το διέγραψε</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>κάποιος άλλος το εξέδωσε ως %1</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>γραμμές που άλλαξαν: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>γραμμές που προστέθηκαν: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>γραμμές που αφαιρέθηκαν: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>οι σημειώσεις άλλαξαν</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>σύνολο τώρα %1</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το πρόχειρο αφού το ανοίξατε</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Η αλλαγή σας (δεν αποθηκεύτηκε ακόμη)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Φόρτωση της δικής τους και επανάληψη της αλλαγής μου</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Απόρριψη της αλλαγής μου</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Το πρόχειρο δεν υπάρχει πια, οπότε η αλλαγή σας δεν μπορεί να αποθηκευτεί. Αντιγράψτε ό,τι χρειάζεστε.</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Το εξέδωσαν: δεν μπορεί πλέον να αλλάξει. Διορθώστε το με πιστωτικό.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Η αλλαγή σας δεν αποθηκεύτηκε, οπότε τίποτα από τα δικά τους δεν αντικαταστάθηκε. Η αποθηκευμένη εκδοχή τους φαίνεται εδώ, με σημειωμένα όσα άλλαξαν· το πρόχειρο όπως το είχατε μένει παρακάτω. Εφαρμόστε ξανά την αλλαγή σας πάνω στη δική τους ή απορρίψτε τη δική σας.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέα</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>άλλαξε</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Η εκδοχή τους: το πρόχειρο διαγράφηκε</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Το αποθηκευμένο πρόχειρό τους: %1 γραμμές, σύνολο %2</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Οι σημειώσεις τους (άλλαξαν): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Οι σημειώσεις τους: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Αποθήκευση γραμμής</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Αποθήκευση της γραμμής (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Απόρριψη αλλαγών (Esc)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Γραμμή %1</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Νέα έκπτωση</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Νέα γραμμή</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Έκπτωση</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>τεμ.</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>ποσό έκπτωσης</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Προσθήκη έκπτωσης</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Προσθήκη γραμμής</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Η γραμμή χρειάζεται περιγραφή.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Δώστε μονάδα, π.χ. ώρ. ή τεμ.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Διαγραφή πρόχειρου</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Αποθήκευση PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Πληρωμή…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Πιστωτικό…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Ιστορικό…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Πίσω στη λίστα (ή απόρριψη της γραμμής που γράφεται)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Σημειώσεις που τυπώνονται στο τιμολόγιο</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Αποθήκευση σημειώσεων</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Ιστορικό του %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>το πρόχειρο</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Πρόχειρο τιμολόγιο — χωρίς αριθμό μέχρι να εκδοθεί</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Πιστωτικό %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Τιμολόγιο %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Καθαρό %1 · ΦΠΑ %2</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Εργασία που έγινε</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 γραμμές· επιλέξτε μία για να την αλλάξετε</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Πιστώθηκε</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 πληρώθηκαν επιπλέον</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ανεξόφλητο</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Πληρωμή</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Αντιλογίστηκε</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Πίστωση χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Πίστωση μεταφέρθηκε</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Επιστράφηκε</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Πίστωση πελάτη</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 από προηγούμενες πληρωμές μπορεί να εξοφλήσει αυτό το τιμολόγιο (Πληρωμή ▸ Χρήση πίστωσης…)</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Πιστωτικά</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Διορθώνει</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Δημιουργία PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Το PDF δεν δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 σελίδα</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 σελίδες</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Η γραμμή %1 αφαιρέθηκε· η εργασία της είναι ξανά ατιμολόγητη.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Εκδόθηκε το τιμολόγιο %1.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Κάποιος άλλος αφαίρεσε αυτή τη γραμμή· προσθέστε τη δική σας ως νέα γραμμή αν χρειάζεται.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Κάποιος άλλος διέγραψε το πρόχειρο· η αλλαγή σας δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Η αλλαγή σας απορρίφθηκε· το πρόχειρο δείχνει την αποθηκευμένη εκδοχή.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Αποθήκευση του PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Έγγραφο PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Το PDF δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε το %1.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Στάλθηκε το %1 στο %2.</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Χρήση πίστωσης…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Αντιλογισμός πληρωμής…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Η πληρωμή αντιλογίστηκε· το υπόλοιπο ενημερώθηκε.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Η πίστωση χρησιμοποιήθηκε· το υπόλοιπο ενημερώθηκε.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Εκδόθηκε το πιστωτικό %1 (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Επιλέξτε τιμολόγιο για να δείτε τα στοιχεία του.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Επαναλαμβανόμενες χρεώσεις περιόδων που αρχίζουν από αυτή την ημέρα</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Εργασία έως και αυτή την ημέρα</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Πρόχειρο τιμολόγιο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Κλείσιμο μήνα…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Αναζήτηση αριθμού, πελάτη ή κατάστασης…</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Καταχώριση είσπραξης για αυτό το τιμολόγιο</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Διόρθωση αυτού του τιμολογίου με πιστωτικό</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Δεν έχει γίνει ακόμη κλείσιμο μήνα. Ξεκινήστε με Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Ατιμολόγητη εργασία</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Όλα τα τιμολόγια</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 πελάτες με ατιμολόγητη εργασία · %2 ώρες έως %3</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Επιλέξτε τον πελάτη για τον οποίο θα συνταχθεί τιμολόγιο.</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Όλα είναι ήδη στο πρόχειρο· ορίστε.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Σύνταξη του τιμολογίου</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Το πρόχειρο για %1 διαγράφηκε· η εργασία του είναι ξανά ατιμολόγητη.</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Το πρόχειρο για %1 δεν διαγράφηκε: κάποιος άλλος το άλλαξε αφού το ανοίξατε (%2). Ανοίξτε το για να δείτε την εκδοχή τους και διαγράψτε το ξανά αν πρέπει να φύγει.</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>Ολοκληρώθηκαν %1 από %2 πελάτες — τελευταίος: %3</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 τιμολόγια εκδόθηκαν</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 από αυτά μόνο για καλυμμένη εργασία (προπληρωμένες ώρες ή σύμβαση: τίποτα προς πληρωμή)</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 προβλήματα για έλεγχο</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>ακυρώθηκε: οι υπόλοιποι πελάτες μένουν ατιμολόγητοι</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Το κλείσιμο μήνα σταμάτησε: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Καταχ.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Παλαιότερη</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Εκτίμηση</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Δεν μπορεί να συνταχθεί</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 καταχωρίσεις χρόνου, %2 υλικά</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Ατιμολόγητο για %1 ημέρες</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Ποσότητα και μονάδα</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Τιμή μονάδας (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Καθαρό ποσό (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσ.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Καθαρό</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Σκόπιμα: το τιμολόγιο αναφέρει τις ώρες που κάλυψαν οι προπληρωμένες ώρες ή η σύμβαση του πελάτη· ο πελάτης δεν οφείλει τίποτα γι’ αυτό.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Εκδόθηκε %1 — χωρίς οφειλή (προπληρωμένες ώρες ή σύμβαση)</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Εκδόθηκε %1</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Τίποτα προς τιμολόγηση</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Εντός χρόνου</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Τηρήθηκε</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Παραβιάστηκε</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Στον προμηθευτή</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Ο προμηθευτής καθυστερεί</translation>
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
        <translation>Σχετικά με το TechLedger</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστη</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Σχήμα βάσης δεδομένων</translation>
    </message>
    <message>
        <source>%1 (this version&apos;s newest: %2)</source>
        <translation>%1 (νεότερο αυτής της έκδοσης: %2)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>Qt / Python</source>
        <translation>Qt / Python</translation>
    </message>
    <message>
        <source>Invoices and reports embed the DejaVu Sans font, shipped under this licence:</source>
        <translation>Τα τιμολόγια και οι αναφορές ενσωματώνουν τη γραμματοσειρά DejaVu Sans, που διανέμεται με αυτή την άδεια:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was saved. What you typed is still here: press OK to try again.</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το αίτημα την ίδια στιγμή, οπότε δεν αποθηκεύτηκε τίποτα. Ό,τι πληκτρολογήσατε είναι ακόμη εδώ: πατήστε OK για να δοκιμάσετε ξανά.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Ανάθεση</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Κανείς</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Δημιουργία αντιγράφου &amp;ασφαλείας…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Ε&amp;παναφορά από αντίγραφο…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Εκτελείται ήδη δημιουργία ή επαναφορά αντιγράφου.</translation>
    </message>
    <message>
        <source>This window is connected to a shared PostgreSQL server. Back the server up with pg_dump (see docs/shared-database.md); the app backs up SQLite files only.</source>
        <translation>Αυτό το παράθυρο συνδέεται σε κοινόχρηστο διακομιστή PostgreSQL. Πάρτε αντίγραφο του διακομιστή με το pg_dump (βλ. docs/shared-database.md)· η εφαρμογή αντιγράφει μόνο αρχεία SQLite.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Δημιουργία αντιγράφου της βάσης…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MiB).</source>
        <translation>Το αντίγραφο αποθηκεύτηκε στο %1 (%2 MiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) rotated out.</source>
        <translation>
            <numerusform>Αφαιρέθηκε %n παλιό αντίγραφο.</numerusform>
            <numerusform>Αφαιρέθηκαν %n παλιά αντίγραφα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Ακυρώθηκε· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Η ενέργεια απέτυχε: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>TechLedger databases (*.db);;All files (*)</source>
        <translation>Βάσεις δεδομένων TechLedger (*.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? The current data is kept as a backup first.</source>
        <translation>Αντικατάσταση των δεδομένων του %1 με το αντίγραφο %2; Τα τρέχοντα δεδομένα κρατιούνται πρώτα ως αντίγραφο.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Αυτή είναι η ίδια η βάση δεδομένων, όχι αντίγραφό της.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Έλεγχος του αντιγράφου…</translation>
    </message>
    <message>
        <source>Restoring — this step cannot be cancelled…</source>
        <translation>Επαναφορά — αυτό το βήμα δεν ακυρώνεται…</translation>
    </message>
    <message>
        <source>Restoring from backup…</source>
        <translation>Επαναφορά από αντίγραφο…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Έγινε επαναφορά από %1.</translation>
    </message>
    <message>
        <source>The data it held before is kept in %1.</source>
        <translation>Τα προηγούμενα δεδομένα κρατιούνται στο %1.</translation>
    </message>
    <message>
        <source>⚠ Database on a network drive</source>
        <translation>⚠ Βάση δεδομένων σε δικτυακό δίσκο</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1.</source>
        <translation>Το αυτόματο αντίγραφο αποθηκεύτηκε στο %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Το αυτόματο αντίγραφο απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Business hours</source>
        <translation>Ωράριο λειτουργίας</translation>
    </message>
    <message>
        <source>The shop&apos;s working week. SLA clocks run only inside these hours (unless a contract has hours of its own) and work outside them can carry an after-hours rate.</source>
        <translation>Η εβδομάδα εργασίας της επιχείρησης. Τα ρολόγια SLA μετρούν μόνο μέσα σε αυτές τις ώρες (εκτός αν μια σύμβαση έχει δικές της) και η εργασία εκτός τους μπορεί να έχει χρέωση εκτός ωραρίου.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>κλειστά</translation>
    </message>
    <message>
        <source>Type the opening hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00 with a lunch break. Leave a day empty when the shop is closed.</source>
        <translation>Γράψτε το ωράριο π.χ. 08:00–17:00 ή 08:00–12:00, 13:00–17:00 με μεσημεριανό διάλειμμα. Αφήστε κενή μια ημέρα που η επιχείρηση είναι κλειστή.</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Αποθήκευση ωραρίου</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Αργίες</translation>
    </message>
    <message>
        <source>The country&apos;s public holidays are known already; add the shop&apos;s own days off (a bridge day, the company outing).</source>
        <translation>Οι επίσημες αργίες της χώρας είναι ήδη γνωστές· προσθέστε τις δικές σας ημέρες κλειστές (μια γέφυρα, την εκδρομή της εταιρείας).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Προσθήκη αργίας</translation>
    </message>
    <message>
        <source>Default SLA targets</source>
        <translation>Προεπιλεγμένοι στόχοι SLA</translation>
    </message>
    <message>
        <source>In business hours, for tickets whose contract sets no targets of its own. 0 means no target for that priority.</source>
        <translation>Σε ώρες λειτουργίας, για αιτήματα των οποίων η σύμβαση δεν ορίζει δικούς της στόχους. Το 0 σημαίνει κανένας στόχος για αυτή την προτεραιότητα.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ώρ.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Πρώτη απάντηση</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Save SLA targets</source>
        <translation>Αποθήκευση στόχων SLA</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Δευτέρα</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Τρίτη</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Τετάρτη</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Πέμπτη</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Παρασκευή</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Σάββατο</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Κυριακή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγον</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Business hours saved; open tickets updated.</source>
        <translation>Το ωράριο αποθηκεύτηκε· τα ανοιχτά αιτήματα ενημερώθηκαν.</translation>
    </message>
    <message>
        <source>Holiday added.</source>
        <translation>Η αργία προστέθηκε.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Η αργία αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>SLA targets saved; open tickets updated.</source>
        <translation>Οι στόχοι SLA αποθηκεύτηκαν· τα ανοιχτά αιτήματα ενημερώθηκαν.</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Catalogue</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Products and services used as material on visits and tickets. With a markup the price follows the cost; without one the price is fixed. A deactivated product leaves the pickers but keeps its history.</source>
        <translation>Προϊόντα και υπηρεσίες που χρησιμοποιούνται ως υλικά σε επισκέψεις και αιτήματα. Με προσαύξηση η τιμή ακολουθεί το κόστος· χωρίς αυτή η τιμή είναι σταθερή. Ένα απενεργοποιημένο προϊόν φεύγει από τις επιλογές αλλά κρατά το ιστορικό του.</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Αναζήτηση με όνομα ή κωδικό</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Προσαύξηση</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ΦΠΑ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Optional; unique when given.</source>
        <translation>Προαιρετικό· μοναδικό αν δοθεί.</translation>
    </message>
    <message>
        <source>e.g. pc, m, h, licence</source>
        <translation>π.χ. τεμ., m, h, άδεια</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Markup over cost (%)</source>
        <translation>Προσαύξηση επί του κόστους (%)</translation>
    </message>
    <message>
        <source>Empty: the price below is fixed. With a markup it follows the cost.</source>
        <translation>Κενό: η τιμή παρακάτω είναι σταθερή. Με προσαύξηση ακολουθεί το κόστος.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Συντελεστής ΦΠΑ</translation>
    </message>
    <message>
        <source>Empty: the shop&apos;s standard rate.</source>
        <translation>Κενό: ο κανονικός συντελεστής της επιχείρησης.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>— the shop&apos;s standard rate —</source>
        <translation>— ο κανονικός συντελεστής —</translation>
    </message>
    <message>
        <source>Showing %1 of %2; type to narrow the list.</source>
        <translation>Εμφανίζονται %1 από %2· πληκτρολογήστε για να περιορίσετε τη λίστα.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Το προϊόν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Product deactivated.</source>
        <translation>Το προϊόν απενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Product reactivated.</source>
        <translation>Το προϊόν επανενεργοποιήθηκε.</translation>
    </message>
</context>
<context>
    <name>ClientCreditTab</name>
    <message>
        <source>Apply…</source>
        <translation>Χρήση…</translation>
    </message>
    <message>
        <source>Pay one of the client&apos;s open invoices from it</source>
        <translation>Εξόφληση ενός ανοιχτού τιμολογίου του πελάτη από αυτήν</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Επιστροφή…</translation>
    </message>
    <message>
        <source>Record money sent back to the client</source>
        <translation>Καταγραφή χρημάτων που επιστράφηκαν στον πελάτη</translation>
    </message>
    <message>
        <source>Credit from earlier payments</source>
        <translation>Πίστωση από προηγούμενες πληρωμές</translation>
    </message>
    <message>
        <source>Paid beyond the total on: %1</source>
        <translation>Πληρώθηκε πέραν του συνόλου σε: %1</translation>
    </message>
    <message>
        <source>Money paid beyond an invoice&apos;s total shows here.</source>
        <translation>Εδώ εμφανίζονται χρήματα που πληρώθηκαν πέραν του συνόλου ενός τιμολογίου.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Πίστωση %1</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Time and materials</source>
        <translation>Χρόνος και υλικά</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Προπληρωμένες ώρες</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Περιοδική</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Διαχειριζόμενες υπηρεσίες</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Δεν ξεκίνησε</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Έληξε</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Απόσταση</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Μετακίνηση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Αρχή</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Λαμβάνει</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <source>Add contact</source>
        <translation>Προσθήκη επαφής</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Προσθήκη τοποθεσίας</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Τηλέφωνο</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>Ο&amp;δός</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Ταχ. &amp;κώδικας</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Πόλη</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Χώ&amp;ρα</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;ΑΦΜ</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>Νόμι&amp;σμα</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Όροι π&amp;ληρωμής</translation>
    </message>
    <message>
        <source>The shop&apos;s rounding</source>
        <translation>Η στρογγυλοποίηση της επιχείρησης</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n λεπτό</numerusform>
            <numerusform>%n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>Round t&amp;ime to</source>
        <translation>Στρογγυλοποίηση &amp;χρόνου σε</translation>
    </message>
    <message>
        <source>The shop&apos;s direction</source>
        <translation>Η κατεύθυνση της επιχείρησης</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Προς τα πάνω</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Στο πλησιέστερο</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Προς τα κάτω</translation>
    </message>
    <message>
        <source>Rounding &amp;direction</source>
        <translation>&amp;Κατεύθυνση στρογγυλοποίησης</translation>
    </message>
    <message>
        <source>e.g. 1:00 — empty uses the shop&apos;s minimum</source>
        <translation>π.χ. 1:00 — κενό: το ελάχιστο της επιχείρησης</translation>
    </message>
    <message>
        <source>&amp;Minimum charge</source>
        <translation>&amp;Ελάχιστη χρέωση</translation>
    </message>
    <message>
        <source>e.g. 95.00 — empty uses the shop&apos;s rates</source>
        <translation>π.χ. 95.00 — κενό χρησιμοποιεί τις χρεώσεις της επιχείρησης</translation>
    </message>
    <message>
        <source>Default hourly &amp;rate</source>
        <translation>Προεπιλεγμένη &amp;ωριαία χρέωση</translation>
    </message>
    <message>
        <source>Show raw time next to billed time</source>
        <translation>Εμφάνιση του πραγματικού χρόνου δίπλα στον χρεωμένο</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ση&amp;μειώσεις</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved. They are still here: copy what you need, then Cancel and open the client again to see the other changes.</source>
        <translation>Κάποιος άλλος άλλαξε αυτόν τον πελάτη αφού τον ανοίξατε, οπότε οι αλλαγές σας δεν αποθηκεύτηκαν. Είναι ακόμη εδώ: αντιγράψτε ό,τι χρειάζεστε, πατήστε Άκυρο και ανοίξτε ξανά τον πελάτη για να δείτε τις άλλες αλλαγές.</translation>
    </message>
    <message>
        <source>Someone else changed this client after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Κάποιος άλλος άλλαξε αυτόν τον πελάτη αφού τον ανοίξατε, οπότε οι αλλαγές σας δεν έχουν αποθηκευτεί ακόμη. Και οι δύο εκδοχές φαίνονται παρακάτω: επιλέξτε τις τιμές που θα πάρετε από τη δική τους ή κρατήστε όλες τις δικές σας και πατήστε OK για αποθήκευση.</translation>
    </message>
    <message>
        <source>the shop&apos;s</source>
        <translation>της επιχείρησης</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Επεξεργασία πελάτη</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>New client</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Αρχειοθέτηση</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Εμφάνιση αρχειοθετημένων</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Επαναφορά από αρχείο</translation>
    </message>
    <message>
        <source>Contacts and sites of %1</source>
        <translation>Επαφές και τοποθεσίες του %1</translation>
    </message>
    <message>
        <source>Select a client to see its contacts and sites.</source>
        <translation>Επιλέξτε πελάτη για να δείτε τις επαφές και τις τοποθεσίες του.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>No clients yet — click New client to add your first.</source>
        <translation>Δεν υπάρχουν ακόμη πελάτες — πατήστε Νέος πελάτης για να προσθέσετε τον πρώτο.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(δεν εισάγεται)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>στήλη %1</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Ώρα έναρξης</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Ώρα λήξης</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Διάρκεια</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Πελάτης</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Τεχνικός</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Email τεχνικού</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Είδος εργασίας</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Έργο</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Εργασία</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Περιγραφή</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Χρεώσιμο</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Ποσό</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Σταθερή χρέωση</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Νόμισμα</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Ετικέτες</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Όνομα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Τηλέφωνο</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Οδός</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Ταχ. κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Χώρα</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">ΑΦΜ</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Όροι πληρωμής (ημέρες)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Σημειώσεις</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Ρόλος</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Επαφή τιμολόγησης</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">Κωδικός (SKU)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Μονάδα</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Τιμή</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Κόστος</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Συντελεστής ΦΠΑ</translation>
    </message>
</context>
<context>
    <name>CompanySection</name>
    <message>
        <source>Company profile</source>
        <translation>Προφίλ επιχείρησης</translation>
    </message>
    <message>
        <source>These details print on every invoice and visit report.</source>
        <translation>Αυτά τα στοιχεία τυπώνονται σε κάθε τιμολόγιο και αναφορά επίσκεψης.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Trading name</source>
        <translation>Διακριτικός τίτλος</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Ταχ. κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>Αριθμός ΓΕΜΗ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Αριθμός μητρώου</translation>
    </message>
    <message>
        <source>The organisation number alone; e-invoices carry it.</source>
        <translation>Μόνο ο αριθμός του οργανισμού· τον φέρουν τα ηλεκτρονικά τιμολόγια.</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>Σχήμα αριθμού</translation>
    </message>
    <message>
        <source>ISO 6523 code of the register, e.g. 0007 for Sweden.</source>
        <translation>Κωδικός ISO 6523 του μητρώου, π.χ. 0007 για τη Σουηδία.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Printed with a payment QR code on invoices.</source>
        <translation type="vanished">Τυπώνεται με κωδικό QR πληρωμής στα τιμολόγια.</translation>
    </message>
    <message>
        <source>Printed on invoices. EUR invoices get the EPC payment QR code; CHF invoices to clients in Switzerland or Liechtenstein get the Swiss QR-bill when this is a CH or LI IBAN (a QR-IBAN too).</source>
        <translation>Τυπώνεται στα τιμολόγια. Τα τιμολόγια σε EUR παίρνουν τον κωδικό πληρωμής QR της EPC· τα τιμολόγια σε CHF προς πελάτες στην Ελβετία ή το Λιχτενστάιν παίρνουν το ελβετικό QR-bill όταν πρόκειται για IBAN CH ή LI (και QR-IBAN).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Τράπεζα</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Χρώμα έμφασης</translation>
    </message>
    <message>
        <source>Embed the e-invoice (EN 16931 XML) in invoice PDFs</source>
        <translation>Ενσωμάτωση του ηλεκτρονικού τιμολογίου (XML EN 16931) στα PDF τιμολογίων</translation>
    </message>
    <message>
        <source>One file for people and accounting software (Factur-X / ZUGFeRD).</source>
        <translation>Ένα αρχείο για ανθρώπους και λογιστικά προγράμματα (Factur-X / ZUGFeRD).</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Αποθήκευση προφίλ</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Λογότυπο</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, printed at the top of invoices. Large pictures are scaled down.</source>
        <translation>Εικόνα PNG ή JPEG, τυπωμένη στην κορυφή των τιμολογίων. Οι μεγάλες εικόνες σμικρύνονται.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Χωρίς λογότυπο</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Επιλογή εικόνας…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Αφαίρεση λογοτύπου</translation>
    </message>
    <message>
        <source>This database has no company profile yet: fill it in and save.</source>
        <translation>Αυτή η βάση δεν έχει ακόμη προφίλ επιχείρησης: συμπληρώστε το και αποθηκεύστε.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Το προφίλ αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Επιλογή λογοτύπου</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Αυτό το αρχείο δεν είναι εικόνα PNG ή JPEG.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Το λογότυπο αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Το λογότυπο αφαιρέθηκε.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Two versions of this client</source>
        <translation>Δύο εκδοχές αυτού του πελάτη</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Two versions of this record</source>
        <translation>Δύο εκδοχές αυτής της εγγραφής</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Δική σας</translation>
    </message>
    <message>
        <source>Theirs (tick to take)</source>
        <translation>Δική τους (επιλέξτε)</translation>
    </message>
    <message>
        <source>Use the ticked values</source>
        <translation>Χρήση των επιλεγμένων τιμών</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Διατήρηση όλων των τιμών μου</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ρόλος</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Τηλέφωνο</translation>
    </message>
    <message>
        <source>Receives invoices</source>
        <translation>Λαμβάνει τιμολόγια</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Τιμολόγηση</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Top up…</source>
        <translation>Αναπλήρωση…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Κατάσταση PDF…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Ιστορικό…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Σύνταξη της κατάστασης…</translation>
    </message>
    <message>
        <source>Statement not saved</source>
        <translation>Η κατάσταση δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
    <message>
        <source>No contracts yet. Time &amp; materials, prepaid hours, term support and managed services contracts all appear here.</source>
        <translation>Δεν υπάρχουν ακόμη συμβάσεις. Εδώ εμφανίζονται συμβάσεις χρόνου και υλικών, προπληρωμένων ωρών, υποστήριξης ορισμένου χρόνου και διαχειριζόμενων υπηρεσιών.</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Προπληρωμένες ώρες</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Όλες οι συμβάσεις</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>Ενεργές συμβάσεις</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Σχεδόν εξαντλημένες</translation>
    </message>
    <message>
        <source>Including ended</source>
        <translation>Μαζί με τις λήξασες</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Καρτέλα</translation>
    </message>
    <message>
        <source>Writing the prepaid statement</source>
        <translation>Σύνταξη κατάστασης προπληρωμένων ωρών</translation>
    </message>
    <message>
        <source>Select a contract to see its terms.</source>
        <translation>Επιλέξτε σύμβαση για να δείτε τους όρους της.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>αορίστου χρόνου</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>balance may go negative</source>
        <translation>το υπόλοιπο μπορεί να γίνει αρνητικό</translation>
    </message>
    <message>
        <source>month</source>
        <translation>μήνας</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>τρίμηνο</translation>
    </message>
    <message>
        <source>year</source>
        <translation>έτος</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Κατά την</translation>
    </message>
    <message>
        <source>No prepaid contract is running low.</source>
        <translation>Καμία σύμβαση προπληρωμένων ωρών δεν εξαντλείται.</translation>
    </message>
    <message>
        <source>No prepaid-hours contracts yet. Add one to a client to sell blocks of hours.</source>
        <translation>Δεν υπάρχουν ακόμη συμβάσεις προπληρωμένων ωρών. Προσθέστε μία σε πελάτη για να πουλάτε πακέτα ωρών.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>Απομένουν %1 ώρ.</translation>
    </message>
    <message>
        <source>Statement saved: %1</source>
        <translation>Η κατάσταση αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>Η κατάσταση δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Hours included</source>
        <translation>Ώρες που περιλαμβάνονται</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Υπέρβαση</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Ελάχιστη αγορά</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Καλύπτει</translation>
    </message>
    <message>
        <source>Draws hours for</source>
        <translation>Αντλεί ώρες για</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Χρέωση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>%1 h a week lately</source>
        <translation>%1 ώρ. την εβδομάδα τελευταία</translation>
    </message>
    <message>
        <source>runs out about %1</source>
        <translation>εξαντλείται περίπου στις %1</translation>
    </message>
    <message>
        <source>minimum purchase %1 h</source>
        <translation>ελάχιστη αγορά %1 ώρ.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Ιστορικό του %1</translation>
    </message>
    <message>
        <source>billed at %1 an hour</source>
        <translation>χρεώνεται %1 την ώρα</translation>
    </message>
    <message>
        <source>%1 active, %2 running low</source>
        <translation>%1 ενεργές, %2 σχεδόν εξαντλημένες</translation>
    </message>
    <message>
        <source>Ledger — %1 · %2</source>
        <translation>Καρτέλα — %1 · %2</translation>
    </message>
    <message>
        <source>%1 h expire on %2</source>
        <translation>%1 ώρ. λήγουν στις %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 ανά %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Unbilled work</source>
        <translation>Ατιμολόγητη εργασία</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Ληξιπρόθεσμα τιμολόγια</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA σε κίνδυνο</translation>
    </message>
    <message>
        <source>Prepaid running low</source>
        <translation>Προπληρωμένες ώρες που εξαντλούνται</translation>
    </message>
    <message>
        <source>Hours per technician this week</source>
        <translation>Ώρες ανά τεχνικό αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Έσοδα ανά μήνα</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>%1 still owed. Unpaid past the due date.</source>
        <translation>%1 οφείλονται ακόμη. Απλήρωτα μετά τη λήξη.</translation>
    </message>
    <message>
        <source>Every issued invoice is paid or not yet due.</source>
        <translation>Κάθε εκδομένο τιμολόγιο είναι εξοφλημένο ή δεν έχει λήξει ακόμη.</translation>
    </message>
    <message>
        <source>%1 past the target, %2 close to it, of %3 open tickets.</source>
        <translation>%1 πέρα από τον στόχο, %2 κοντά του, από %3 ανοιχτά αιτήματα.</translation>
    </message>
    <message>
        <source>of %1 active prepaid contracts at an alert threshold or used up.</source>
        <translation>από %1 ενεργές συμβάσεις προπληρωμένων ωρών σε όριο ειδοποίησης ή εξαντλημένες.</translation>
    </message>
    <message>
        <source> and %1 more currencies</source>
        <translation> και %1 ακόμη νομίσματα</translation>
    </message>
    <message>
        <source>Everything billable is on an invoice.</source>
        <translation>Ό,τι χρεώνεται βρίσκεται σε τιμολόγιο.</translation>
    </message>
    <message>
        <source>%1 h of work, plus materials, at list rates.</source>
        <translation>%1 ώρ. εργασίας, συν υλικά, με τιμές καταλόγου.</translation>
    </message>
    <message>
        <source>Also %1. </source>
        <translation>Επίσης %1. </translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Χρεώσιμο</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Μη χρεώσιμο</translation>
    </message>
    <message>
        <source>%1 h logged since Monday %2.</source>
        <translation>%1 ώρ. καταγράφηκαν από τη Δευτέρα %2.</translation>
    </message>
    <message>
        <source>%1: %2 h billable, %3 h not billable</source>
        <translation>%1: %2 ώρ. χρεώσιμες, %3 ώρ. μη χρεώσιμες</translation>
    </message>
    <message>
        <source>Revenue per month, %1 – %2 (net, %3)</source>
        <translation>Έσοδα ανά μήνα, %1 – %2 (καθαρά, %3)</translation>
    </message>
    <message>
        <source>%1 in 12 months.</source>
        <translation>%1 σε 12 μήνες.</translation>
    </message>
    <message>
        <source>Invoiced in other currencies, not converted: %1.</source>
        <translation>Τιμολογήθηκαν σε άλλα νομίσματα, χωρίς μετατροπή: %1.</translation>
    </message>
</context>
<context>
    <name>DayEntriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Πραγμ.</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Χρεωμένος</translation>
    </message>
    <message>
        <source>Rounding rule</source>
        <translation>Στρογγυλοποίηση</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Επικαλύπτει άλλη καταχώριση αυτού του τεχνικού.</translation>
    </message>
    <message>
        <source>Preview: what invoicing would bill with today&apos;s rule.</source>
        <translation>Προεπισκόπηση: τι θα χρέωνε η τιμολόγηση με τον σημερινό κανόνα.</translation>
    </message>
    <message>
        <source>As billed on the invoice.</source>
        <translation>Όπως χρεώθηκε στο τιμολόγιο.</translation>
    </message>
</context>
<context>
    <name>EditTicketDialog</name>
    <message>
        <source>Edit ticket</source>
        <translation>Επεξεργασία αιτήματος</translation>
    </message>
    <message>
        <source>Two versions of this ticket</source>
        <translation>Δύο εκδοχές αυτού του αιτήματος</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(καμία)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Τίτλος</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Περιγραφή</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Π&amp;ροτεραιότητα</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Επαφή</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>Τ&amp;οποθεσία</translation>
    </message>
    <message>
        <source>(archived) #%1</source>
        <translation>(αρχειοθετημένη) #%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, and it no longer exists, so your changes were not saved. Copy what you need, then Cancel.</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το αίτημα αφού το ανοίξατε και δεν υπάρχει πια, οπότε οι αλλαγές σας δεν αποθηκεύτηκαν. Αντιγράψτε ό,τι χρειάζεστε και πατήστε Άκυρο.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το αίτημα αφού το ανοίξατε, οπότε οι αλλαγές σας δεν έχουν αποθηκευτεί ακόμη. Και οι δύο εκδοχές φαίνονται παρακάτω: επιλέξτε τις τιμές που θα πάρετε από τη δική τους ή κρατήστε όλες τις δικές σας και πατήστε OK για αποθήκευση.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Επείγον</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Κλιμάκωση</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Μεταφορά σε</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Προμηθευτής</translation>
    </message>
    <message>
        <source>e.g. HP, Microsoft, Fortinet</source>
        <translation>π.χ. HP, Microsoft, Fortinet</translation>
    </message>
    <message>
        <source>Vendor&apos;s case number</source>
        <translation>Αριθμός υπόθεσης του προμηθευτή</translation>
    </message>
    <message>
        <source>The vendor promised a date</source>
        <translation>Υποσχέθηκε ημερομηνία</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Υποσχέθηκε για</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Επίπεδο 0 · αυτοεξυπηρέτηση</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Επίπεδο 1 · πρώτη επαφή</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Επίπεδο 2 · εις βάθος διερεύνηση</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Επίπεδο 3 · ειδικοί</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Επίπεδο 4 · προμηθευτής</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Εξαγωγή δεδομένων</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Βιβλίο εργασίας Excel (XLSX)</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Πού να αποθηκευτεί το αρχείο</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Amounts are exact decimals. Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe.</source>
        <translation>Τα ποσά είναι ακριβείς δεκαδικοί. Κείμενο που ένα υπολογιστικό φύλλο θα εκτελούσε ως τύπο (αρχίζει με = + - @) γράφεται με απόστροφο μπροστά.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Εξαγωγή:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Περίοδος:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Μορφή:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Εξαγωγή σε</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Βιβλία εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Επιλέξτε πού θα αποθηκευτεί το αρχείο.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Εγγραφή…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Γράφτηκαν %1 γραμμές στο %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Η εξαγωγή απέτυχε: %1</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="vanished">Καταχωρίσεις χρόνου</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Τιμολόγια</translation>
    </message>
    <message>
        <source>Accounting (invoices, VAT per rate, payments)</source>
        <translation type="vanished">Λογιστική (τιμολόγια, ΦΠΑ ανά συντελεστή, πληρωμές)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Client feedback</source>
        <translation>Αξιολόγηση πελάτη</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Σχόλιο</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 day</source>
        <translation>1 ημέρα</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτό</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation>Αναμονή προμηθευτή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Κλειστό</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγον</translation>
    </message>
    <message>
        <source>Time &amp; materials</source>
        <translation>Χρόνος και υλικά</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Προπληρωμένες ώρες</translation>
    </message>
    <message>
        <source>Term support</source>
        <translation>Υποστήριξη ορισμένου χρόνου</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Διαχειριζόμενες υπηρεσίες</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Έληξε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Εξοφλήθηκε εν μέρει</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Εξοφλήθηκε</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Πιστώθηκε</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Εισαγάγετε αριθμό.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ημέρες</translation>
    </message>
    <message>
        <source>“%1” is not a number; type it like %2.</source>
        <translation>Το «%1» δεν είναι αριθμός· γράψτε τον π.χ. %2.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>TechLedger user guide</source>
        <translation>Οδηγός χρήσης του TechLedger</translation>
    </message>
    <message>
        <source>The user guide was not found at %1.</source>
        <translation>Ο οδηγός χρήσης δεν βρέθηκε στο %1.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;About TechLedger</source>
        <translation>&amp;Σχετικά με το TechLedger</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(χωρίς περιγραφή)</translation>
    </message>
</context>
<context>
    <name>HelpSite</name>
    <message>
        <source>Client help site: %1 article(s) written to %2.</source>
        <translation>Ιστότοπος βοήθειας πελατών: %1 άρθρα γράφτηκαν στο %2.</translation>
    </message>
    <message>
        <source>Folder for the client help site</source>
        <translation>Φάκελος για τον ιστότοπο βοήθειας πελατών</translation>
    </message>
    <message>
        <source>The client help site was not written: %1</source>
        <translation>Ο ιστότοπος βοήθειας πελατών δεν γράφτηκε: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>and %n more</source>
        <translation>και %n ακόμη</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Παλιό → νέο</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη αλλαγές για αυτή την εγγραφή.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n καταγεγραμμένη αλλαγή, νεότερη πρώτα.</numerusform>
            <numerusform>%n καταγεγραμμένες αλλαγές, νεότερες πρώτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (computer account)</source>
        <translation>%1 (λογαριασμός υπολογιστή)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n πεδίο</numerusform>
            <numerusform>%n πεδία</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Γραμμή τιμολογίου</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Πληρωμή</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Αύξων αριθμός</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Σειρά</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Διορθώνει το τιμολόγιο</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Supplied from</source>
        <translation>Παράδοση από</translation>
    </message>
    <message>
        <source>Supplied to</source>
        <translation>Παράδοση έως</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Ομαδοποίηση</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Καθαρό</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ΦΠΑ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Seller details</source>
        <translation>Στοιχεία πωλητή</translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation>Στοιχεία αγοραστή</translation>
    </message>
    <message>
        <source>Tamper check</source>
        <translation>Έλεγχος ακεραιότητας</translation>
    </message>
    <message>
        <source>Previous tamper check</source>
        <translation>Προηγούμενος έλεγχος ακεραιότητας</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Συντελεστής ΦΠΑ</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Κατηγορία ΦΠΑ</translation>
    </message>
    <message>
        <source>VAT exemption reason</source>
        <translation>Λόγος απαλλαγής ΦΠΑ</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>Στρογγυλοποίηση ΦΠΑ</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Χρόνος εργασίας</translation>
    </message>
    <message>
        <source>Time billed</source>
        <translation>Χρεωμένος χρόνος</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Περίοδος από</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Περίοδος έως</translation>
    </message>
    <message>
        <source>Credits line</source>
        <translation>Πιστώνει τη γραμμή</translation>
    </message>
    <message>
        <source>Releases the work</source>
        <translation>Αποδεσμεύει την εργασία</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Λήφθηκε</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Reverses payment</source>
        <translation>Αντιλογίζει την πληρωμή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Τιμή ώρας</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ξεκινά στις</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Λήγει στις</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ισχύει από</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Πρόχειρο τιμολόγιο</translation>
    </message>
    <message>
        <source>Invoice line %1</source>
        <translation>Γραμμή τιμολογίου %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Τιμολόγιο %1</translation>
    </message>
    <message>
        <source>Contract fee</source>
        <translation>Χρέωση σύμβασης</translation>
    </message>
    <message>
        <source>Contract work type</source>
        <translation>Είδος εργασίας σύμβασης</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Στόχος SLA</translation>
    </message>
    <message>
        <source>Prepaid ledger entry</source>
        <translation>Καταχώριση προπληρωμένων ωρών</translation>
    </message>
    <message>
        <source>Rate rule</source>
        <translation>Κανόνας χρέωσης</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Άλλαξε</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Εισαγωγή δεδομένων</translation>
    </message>
    <message>
        <source>First rows, as they will be read</source>
        <translation>Οι πρώτες γραμμές, όπως θα διαβαστούν</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Έλεγχος (δοκιμαστικά)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>%1 (guessed: the file is not UTF-8; choose its encoding above)</source>
        <translation>%1 (εικασία: το αρχείο δεν είναι UTF-8· επιλέξτε την κωδικοποίησή του παραπάνω)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 rows</source>
        <translation>%1 — %2, %3, %4 γραμμές</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run or import.</source>
        <translation>Ελέγξτε τις στήλες και μετά κάντε δοκιμή ή εισαγωγή.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Έλεγχος κάθε γραμμής…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Εισαγωγή %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>το αρχείο</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported.</source>
        <translation>Μπορούν να εισαχθούν %1 από %2 γραμμές.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Όλες οι γραμμές μπορούν να εισαχθούν.</translation>
    </message>
    <message>
        <source>Imported %1 rows in %2 s.</source>
        <translation>Εισήχθησαν %1 γραμμές σε %2 δευτ.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Fix them in the file, or tick &apos;Skip bad rows&apos;.</source>
        <translation>Δεν εισήχθη τίποτα: απορρίπτονται %1 γραμμές. Διορθώστε τις στο αρχείο ή επιλέξτε «Παράλειψη λανθασμένων γραμμών».</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Η εισαγωγή απέτυχε και δεν εισήχθη τίποτα: %1</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Αναγνώριση από την κεφαλίδα</translation>
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
        <translation type="vanished">Άλλο CSV (στήλες κατά όνομα)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="vanished">Ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="vanished">Ώρα έναρξης</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="vanished">Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="vanished">Ώρα λήξης</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Διάρκεια</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Πελάτης</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Τεχνικός</translation>
    </message>
    <message>
        <source>Technician e-mail</source>
        <translation type="vanished">Email τεχνικού</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Είδος εργασίας</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Έργο</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Εργασία</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Περιγραφή</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="vanished">Χρεώσιμο</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="vanished">Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Ποσό</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="vanished">Σταθερή χρέωση</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Νόμισμα</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Ετικέτες</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Όνομα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Τηλέφωνο</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Οδός</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Ταχ. κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Χώρα</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="vanished">ΑΦΜ</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="vanished">Όροι πληρωμής (ημέρες)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Σημειώσεις</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Ρόλος</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="vanished">Επαφή τιμολόγησης</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">Κωδικός (SKU)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Μονάδα</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="vanished">Τιμή</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="vanished">Κόστος</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="vanished">Συντελεστής ΦΠΑ</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Επιλογές</translation>
    </message>
    <message>
        <source>Create missing clients</source>
        <translation>Δημιουργία πελατών που λείπουν</translation>
    </message>
    <message>
        <source>Clients are matched by name, ignoring case. A name TechLedger does not know is created as a new client with the company&apos;s country and currency when this is ticked; otherwise its rows are rejected.</source>
        <translation>Οι πελάτες αντιστοιχίζονται με το όνομα, χωρίς διάκριση πεζών-κεφαλαίων. Ένα όνομα που το TechLedger δεν γνωρίζει δημιουργείται ως νέος πελάτης με τη χώρα και το νόμισμα της επιχείρησης όταν αυτό είναι επιλεγμένο· αλλιώς οι γραμμές του απορρίπτονται.</translation>
    </message>
    <message>
        <source>Create missing technicians and work types</source>
        <translation>Δημιουργία τεχνικών και ειδών εργασίας που λείπουν</translation>
    </message>
    <message>
        <source>Users and activities TechLedger does not know are added as technicians and work types when this is ticked; otherwise their rows are rejected.</source>
        <translation>Οι χρήστες και οι δραστηριότητες που το TechLedger δεν γνωρίζει προστίθενται ως τεχνικοί και είδη εργασίας όταν αυτό είναι επιλεγμένο· αλλιώς οι γραμμές τους απορρίπτονται.</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Απόφαση από το αρχείο</translation>
    </message>
    <message>
        <source>Day first (31/03/2026)</source>
        <translation>Πρώτα η ημέρα (31/03/2026)</translation>
    </message>
    <message>
        <source>Month first (03/31/2026)</source>
        <translation>Πρώτα ο μήνας (03/31/2026)</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Παράλειψη λανθασμένων γραμμών</translation>
    </message>
    <message>
        <source>Ticked, the good rows are imported and the rejected ones left out. Unticked, nothing is imported while any row is rejected.</source>
        <translation>Όταν είναι επιλεγμένο, εισάγονται οι σωστές γραμμές και παραλείπονται οι απορριφθείσες. Όταν δεν είναι, δεν εισάγεται τίποτα όσο απορρίπτεται κάποια γραμμή.</translation>
    </message>
    <message>
        <source>Rows naming what TechLedger lacks are rejected, unless ticked above;
the dry run lists every name that would be created.</source>
        <translation>Γραμμές με ονόματα άγνωστα στο TechLedger απορρίπτονται, εκτός αν επιλέξατε παραπάνω·
η δοκιμή δείχνει κάθε όνομα που θα δημιουργηθεί.</translation>
    </message>
    <message>
        <source>Work type when none is given:</source>
        <translation>Είδος εργασίας όταν δεν δίνεται:</translation>
    </message>
    <message>
        <source>Dates like 03/02/2026:</source>
        <translation>Ημερομηνίες όπως 03/02/2026:</translation>
    </message>
    <message>
        <source>(no work types yet)</source>
        <translation>(δεν υπάρχουν ακόμη είδη εργασίας)</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Επιλέξτε αρχείο για να δείτε τις πρώτες γραμμές του.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected</source>
        <translation>%1 γραμμές διαβάστηκαν, %2 απορρίφθηκαν</translation>
    </message>
    <message>
        <source>, %1 h raw time, %2 with the file&apos;s hourly rate, %3 not billable</source>
        <translation>, %1 ώρ. πραγματικού χρόνου, %2 με την ωριαία χρέωση του αρχείου, %3 μη χρεώσιμες</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Will be created (%1):</source>
        <translation>Θα δημιουργηθούν (%1):</translation>
    </message>
    <message>
        <source>Created (%1):</source>
        <translation>Δημιουργήθηκαν (%1):</translation>
    </message>
    <message>
        <source>Columns not imported (%1):</source>
        <translation>Στήλες που δεν εισάγονται (%1):</translation>
    </message>
</context>
<context>
    <name>ImportSourceForm</name>
    <message>
        <source>Time entries</source>
        <translation>Καταχωρίσεις χρόνου</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation type="vanished">Αυτόματα (UTF-8 ή UTF-16)</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, UTF-16, else Windows-1252)</source>
        <translation>Αυτόματα (UTF-8, UTF-16, αλλιώς Windows-1252)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Δυτικής Ευρώπης)</translation>
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
        <translation>Επιλογή αρχείου CSV…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Περιεχόμενο:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Εξαγωγή από:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Εισαγωγή αρχείου CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt *.tsv);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation type="vanished">Αναγνώριση από την κεφαλίδα</translation>
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
        <translation type="vanished">Άλλο CSV (στήλες κατά όνομα)</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>Εισαγάγετε ποσότητα.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>Η ποσότητα έχει το πολύ τρία δεκαδικά.</translation>
    </message>
    <message>
        <source>A quantity cannot be zero.</source>
        <translation>Η ποσότητα δεν μπορεί να είναι μηδέν.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>Η ποσότητα είναι πολύ μεγάλη.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Αναίρεση (%1)</translation>
    </message>
    <message>
        <source>One line per entry</source>
        <translation>Ανά καταχώριση</translation>
    </message>
    <message>
        <source>One line per ticket</source>
        <translation>Ανά αίτημα</translation>
    </message>
    <message>
        <source>One line per visit</source>
        <translation>Ανά επίσκεψη</translation>
    </message>
    <message>
        <source>One line per work type</source>
        <translation>Ανά είδος εργασίας</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ε&amp;λήφθη στις</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Τρόπος</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Α&amp;ναφορά</translation>
    </message>
    <message>
        <source>e.g. the bank statement line</source>
        <translation>π.χ. η γραμμή του αντιγράφου κίνησης</translation>
    </message>
    <message>
        <source>The &amp;whole invoice (what is left of it)</source>
        <translation>Ολό&amp;κληρο το τιμολόγιο (ό,τι απομένει)</translation>
    </message>
    <message>
        <source>&amp;Chosen lines and quantities</source>
        <translation>Επι&amp;λεγμένες γραμμές και ποσότητες</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Γραμμές</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Αιτία</translation>
    </message>
    <message>
        <source>Printed on the credit note</source>
        <translation>Τυπώνεται στο πιστωτικό</translation>
    </message>
    <message>
        <source>Make the credited work &amp;billable again</source>
        <translation>Το πιστωμένο έργο να γίνει ξανά &amp;χρεώσιμο</translation>
    </message>
    <message>
        <source>Time and materials on fully credited lines go back to unbilled work, so they can be invoiced anew (for example at a corrected rate).</source>
        <translation>Ο χρόνος και τα υλικά σε πλήρως πιστωμένες γραμμές επιστρέφουν στην ατιμολόγητη εργασία, ώστε να τιμολογηθούν ξανά (π.χ. με διορθωμένη χρέωση).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>&amp;Issue date</source>
        <translation>Ημερομηνία έ&amp;κδοσης</translation>
    </message>
    <message>
        <source>Month-end run</source>
        <translation>Κλείσιμο μήνα</translation>
    </message>
    <message>
        <source>Drafts and issues one invoice per client with unbilled work or a fee due. Each client is saved on its own: cancelling keeps the invoices issued so far and leaves the rest unbilled.</source>
        <translation>Συντάσσει και εκδίδει ένα τιμολόγιο ανά πελάτη με ατιμολόγητη εργασία ή οφειλόμενη χρέωση. Κάθε πελάτης αποθηκεύεται χωριστά: η ακύρωση κρατά τα τιμολόγια που εκδόθηκαν ως τότε και αφήνει τα υπόλοιπα ατιμολόγητα.</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Περίοδος &amp;από</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Περίοδος έ&amp;ως</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Γραμμές</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Εκτέλεση</translation>
    </message>
    <message>
        <source>Your change was discarded; the draft shows the saved version.</source>
        <translation>Η αλλαγή σας απορρίφθηκε· το πρόχειρο δείχνει την αποθηκευμένη εκδοχή.</translation>
    </message>
    <message>
        <source>Someone else removed that line; add yours as a new line if needed.</source>
        <translation>Κάποιος άλλος αφαίρεσε αυτή τη γραμμή· προσθέστε τη δική σας ως νέα γραμμή αν χρειάζεται.</translation>
    </message>
    <message>
        <source>Someone else deleted the draft; your change was not saved.</source>
        <translation>Κάποιος άλλος διέγραψε το πρόχειρο· η αλλαγή σας δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>someone else deleted it</source>
        <translation>κάποιος άλλος το διέγραψε</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>καμία αλλαγή</translation>
    </message>
    <message>
        <source>Delete this draft (its work becomes unbilled again)</source>
        <translation>Διαγραφή αυτού του πρόχειρου (η εργασία του γίνεται ξανά ατιμολόγητη)</translation>
    </message>
    <message>
        <source>%1 line(s) changed</source>
        <translation>γραμμές που άλλαξαν: %1</translation>
    </message>
    <message>
        <source>%1 line(s) added</source>
        <translation>γραμμές που προστέθηκαν: %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed</source>
        <translation>γραμμές που αφαιρέθηκαν: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>οι σημειώσεις άλλαξαν</translation>
    </message>
    <message>
        <source>Someone else changed this draft after you opened it</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το πρόχειρο αφού το ανοίξατε</translation>
    </message>
    <message>
        <source>Your change (not saved yet)</source>
        <translation>Η αλλαγή σας (δεν αποθηκεύτηκε ακόμη)</translation>
    </message>
    <message>
        <source>Reload theirs and re-apply my change</source>
        <translation>Φόρτωση της δικής τους και επανάληψη της αλλαγής μου</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Απόρριψη της αλλαγής μου</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέα</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>άλλαξε</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>Issue the draft, dated %1</source>
        <translation>Έκδοση του πρόχειρου με ημερομηνία %1</translation>
    </message>
    <message>
        <source>someone else issued it as %1</source>
        <translation>κάποιος άλλος το εξέδωσε ως %1</translation>
    </message>
    <message>
        <source>total now %1</source>
        <translation>σύνολο τώρα %1</translation>
    </message>
    <message>
        <source>The draft no longer exists, so your change cannot be saved. Copy what you need.</source>
        <translation>Το πρόχειρο δεν υπάρχει πια, οπότε η αλλαγή σας δεν μπορεί να αποθηκευτεί. Αντιγράψτε ό,τι χρειάζεστε.</translation>
    </message>
    <message>
        <source>Their version: the draft was deleted</source>
        <translation>Η εκδοχή τους: το πρόχειρο διαγράφηκε</translation>
    </message>
    <message>
        <source>Add a line: %1</source>
        <translation>Προσθήκη γραμμής: %1</translation>
    </message>
    <message>
        <source>Add a discount: %1</source>
        <translation>Προσθήκη έκπτωσης: %1</translation>
    </message>
    <message>
        <source>Set the notes to: %1</source>
        <translation>Ορισμός σημειώσεων σε: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(καμία)</translation>
    </message>
    <message>
        <source>They issued it: it can no longer change. Correct it with a credit note.</source>
        <translation>Το εξέδωσαν: δεν μπορεί πλέον να αλλάξει. Διορθώστε το με πιστωτικό.</translation>
    </message>
    <message>
        <source>Your change was not saved, so nothing of theirs was overwritten. Their saved version is listed here, with what they changed marked; the draft as you had it stays below. Re-apply your change on top of theirs, or discard yours.</source>
        <translation>Η αλλαγή σας δεν αποθηκεύτηκε, οπότε τίποτα από τα δικά τους δεν αντικαταστάθηκε. Η αποθηκευμένη εκδοχή τους φαίνεται εδώ, με σημειωμένα όσα άλλαξαν· το πρόχειρο όπως το είχατε μένει παρακάτω. Εφαρμόστε ξανά την αλλαγή σας πάνω στη δική τους ή απορρίψτε τη δική σας.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>ποσότητα %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>τιμή μονάδας %1</translation>
    </message>
    <message>
        <source>Their notes (changed): %1</source>
        <translation>Οι σημειώσεις τους (άλλαξαν): %1</translation>
    </message>
    <message>
        <source>Their notes: %1</source>
        <translation>Οι σημειώσεις τους: %1</translation>
    </message>
    <message>
        <source>Change line %1: %2</source>
        <translation>Αλλαγή γραμμής %1: %2</translation>
    </message>
    <message>
        <source>Remove line %1 (“%2”)</source>
        <translation>Αφαίρεση γραμμής %1 («%2»)</translation>
    </message>
    <message>
        <source>Their saved draft: %1 lines, total %2</source>
        <translation>Το αποθηκευμένο πρόχειρό τους: %1 γραμμές, σύνολο %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not deleted: someone else changed it after you opened it (%2). Open it to see their version, then delete it again if it should go.</source>
        <translation>Το πρόχειρο για %1 δεν διαγράφηκε: κάποιος άλλος το άλλαξε αφού το ανοίξατε (%2). Ανοίξτε το για να δείτε την εκδοχή τους και διαγράψτε το ξανά αν πρέπει να φύγει.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Κωδικός διακομιστή αλληλογραφίας</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Απομνημόνευση στη μνήμη κωδικών του συστήματος</translation>
    </message>
    <message>
        <source>It is kept in memory only, until TechLedger closes.</source>
        <translation>Κρατιέται μόνο στη μνήμη, μέχρι να κλείσει το TechLedger.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Προς</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Μήνυμα</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Α&amp;ποστολή</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Διακομιστής αλληλογραφίας…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Τραπεζική μεταφορά</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Μετρητά</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Τιμολογήθηκε</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Απομένει</translation>
    </message>
    <message>
        <source>Tick the lines to credit.</source>
        <translation>Επιλέξτε τις γραμμές προς πίστωση.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Δώστε τη διεύθυνση αποστολής του τιμολογίου.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: use “Mail server…” first.</source>
        <translation>Δεν έχει ρυθμιστεί ακόμη διακομιστής αλληλογραφίας: χρησιμοποιήστε πρώτα το «Διακομιστής αλληλογραφίας…».</translation>
    </message>
    <message>
        <source>Sending the invoice</source>
        <translation>Αποστολή του τιμολογίου</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Ποσό (%1)</translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation>Πιστωτικό για %1</translation>
    </message>
    <message>
        <source>Net credited: —</source>
        <translation>Καθαρή πίστωση: —</translation>
    </message>
    <message>
        <source>Net credited: %1 (plus VAT)</source>
        <translation>Καθαρή πίστωση: %1 (συν ΦΠΑ)</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Γράψτε γιατί διορθώνεται το τιμολόγιο· η αιτία τυπώνεται.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Issue the invoices on or after the last day of the period.</source>
        <translation>Εκδώστε τα τιμολόγια την τελευταία ημέρα της περιόδου ή αργότερα.</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the mail server password and never writes it to disk. Enter it for this session.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει μνήμη κωδικών (keyring), οπότε το TechLedger δεν μπορεί να θυμάται τον κωδικό του διακομιστή αλληλογραφίας και δεν τον γράφει ποτέ στον δίσκο. Πληκτρολογήστε τον για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2 · outstanding %3</source>
        <translation>Τιμολόγιο %1 · %2 · ανεξόφλητο %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Αποθήκευση γραμμής</translation>
    </message>
    <message>
        <source>Save the line (Enter)</source>
        <translation>Αποθήκευση της γραμμής (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Απόρριψη αλλαγών (Esc)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>Back to the list (or forget the line being typed)</source>
        <translation>Πίσω στη λίστα (ή απόρριψη της γραμμής που γράφεται)</translation>
    </message>
    <message>
        <source>Notes printed on the invoice</source>
        <translation>Σημειώσεις που τυπώνονται στο τιμολόγιο</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Αποθήκευση σημειώσεων</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Δημιουργία PDF…</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>τεμ.</translation>
    </message>
    <message>
        <source>Reverse a payment</source>
        <translation>Αντιλογισμός πληρωμής</translation>
    </message>
    <message>
        <source>For a payment entered by mistake. It stays on record; a reversal of the same amount is added with your reason, and the balance follows.</source>
        <translation>Για πληρωμή που καταχωρίστηκε κατά λάθος. Παραμένει στο αρχείο· προστίθεται αντιλογισμός ίδιου ποσού με την αιτία σας και το υπόλοιπο ενημερώνεται.</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Πληρωμή</translation>
    </message>
    <message>
        <source>e.g. booked on the wrong invoice</source>
        <translation>π.χ. καταχωρίστηκε σε λάθος τιμολόγιο</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ημερομηνία</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Χρήση πίστωσης</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Τιμολόγιο</translation>
    </message>
    <message>
        <source>Refund credit</source>
        <translation>Επιστροφή πίστωσης</translation>
    </message>
    <message>
        <source>e.g. sent back by bank transfer</source>
        <translation>π.χ. επιστράφηκε με τραπεζικό έμβασμα</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Γράψτε γιατί αντιλογίζεται η πληρωμή· η αιτία φυλάσσεται.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Γράψτε γιατί ή πώς επιστράφηκαν τα χρήματα· φυλάσσεται.</translation>
    </message>
    <message>
        <source>Choose the payment to reverse.</source>
        <translation>Επιλέξτε την πληρωμή για αντιλογισμό.</translation>
    </message>
    <message>
        <source>Credit from earlier payments: %1</source>
        <translation>Πίστωση από προηγούμενες πληρωμές: %1</translation>
    </message>
    <message>
        <source>The client has no open invoice to apply it to.</source>
        <translation>Ο πελάτης δεν έχει ανοιχτό τιμολόγιο για να τη χρησιμοποιήσει.</translation>
    </message>
    <message>
        <source>%1 · %2 to pay</source>
        <translation>%1 · %2 προς πληρωμή</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Προσθήκη γραμμής</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Έκπτωση</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Διαγραφή πρόχειρου</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Αποθήκευση PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Πληρωμή…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Πιστωτικό…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Ιστορικό…</translation>
    </message>
    <message>
        <source>Draft invoice — no number until it is issued</source>
        <translation>Πρόχειρο τιμολόγιο — χωρίς αριθμό μέχρι να εκδοθεί</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Εργασία που έγινε</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Αντιλογίστηκε</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Πίστωση χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Πίστωση μεταφέρθηκε</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Επιστράφηκε</translation>
    </message>
    <message>
        <source>Client&apos;s credit</source>
        <translation>Πίστωση πελάτη</translation>
    </message>
    <message>
        <source>%1 from earlier payments can pay this invoice (Payment ▸ Apply credit…)</source>
        <translation>%1 από προηγούμενες πληρωμές μπορεί να εξοφλήσει αυτό το τιμολόγιο (Πληρωμή ▸ Χρήση πίστωσης…)</translation>
    </message>
    <message>
        <source>Apply credit…</source>
        <translation>Χρήση πίστωσης…</translation>
    </message>
    <message>
        <source>Reverse a payment…</source>
        <translation>Αντιλογισμός πληρωμής…</translation>
    </message>
    <message>
        <source>Payment reversed; the balance is updated.</source>
        <translation>Η πληρωμή αντιλογίστηκε· το υπόλοιπο ενημερώθηκε.</translation>
    </message>
    <message>
        <source>Credit applied; the balance is updated.</source>
        <translation>Η πίστωση χρησιμοποιήθηκε· το υπόλοιπο ενημερώθηκε.</translation>
    </message>
    <message>
        <source>%1 of them for covered work only (prepaid hours or contract: nothing to pay)</source>
        <translation>%1 από αυτά μόνο για καλυμμένη εργασία (προπληρωμένες ώρες ή σύμβαση: τίποτα προς πληρωμή)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 σελίδα</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Αποθήκευση του PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Έγγραφο PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>New discount</source>
        <translation>Νέα έκπτωση</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Νέα γραμμή</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>ποσό έκπτωσης</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Προσθήκη έκπτωσης</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Η γραμμή χρειάζεται περιγραφή.</translation>
    </message>
    <message>
        <source>Give a unit, e.g. h or pc.</source>
        <translation>Δώστε μονάδα, π.χ. ώρ. ή τεμ.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Διορθώνει</translation>
    </message>
    <message>
        <source>Line %1 removed; its work is unbilled again.</source>
        <translation>Η γραμμή %1 αφαιρέθηκε· η εργασία της είναι ξανά ατιμολόγητη.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Εκδόθηκε το τιμολόγιο %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε το %1.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Γραμμή %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Ιστορικό του %1</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>το πρόχειρο</translation>
    </message>
    <message>
        <source>%1 lines; select one to change it</source>
        <translation>%1 γραμμές· επιλέξτε μία για να την αλλάξετε</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Πιστώθηκε</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ανεξόφλητο</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Πληρωμή</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Πιστωτικά</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 σελίδες</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Πιστωτικό %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Τιμολόγιο %1</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2</source>
        <translation>Καθαρό %1 · ΦΠΑ %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Το PDF δεν δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Το PDF δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>%1 paid too much</source>
        <translation>%1 πληρώθηκαν επιπλέον</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Στάλθηκε το %1 στο %2.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (%2).</source>
        <translation>Εκδόθηκε το πιστωτικό %1 (%2).</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Επιλέξτε τιμολόγιο για να δείτε τα στοιχεία του.</translation>
    </message>
    <message>
        <source>Recurring fees of periods starting from this day</source>
        <translation>Επαναλαμβανόμενες χρεώσεις περιόδων που αρχίζουν από αυτή την ημέρα</translation>
    </message>
    <message>
        <source>Work done up to and including this day</source>
        <translation>Εργασία έως και αυτή την ημέρα</translation>
    </message>
    <message>
        <source>Search number, client or status…</source>
        <translation>Αναζήτηση αριθμού, πελάτη ή κατάστασης…</translation>
    </message>
    <message>
        <source>No month-end run yet. Start one with Ctrl+M.</source>
        <translation>Δεν έχει γίνει ακόμη κλείσιμο μήνα. Ξεκινήστε με Ctrl+M.</translation>
    </message>
    <message>
        <source>Unbilled work</source>
        <translation>Ατιμολόγητη εργασία</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Όλα τα τιμολόγια</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Πρόχειρο τιμολόγιο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Month-end run…</source>
        <translation>Κλείσιμο μήνα…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Καταχώριση είσπραξης για αυτό το τιμολόγιο</translation>
    </message>
    <message>
        <source>Correct this invoice with a credit note</source>
        <translation>Διόρθωση αυτού του τιμολογίου με πιστωτικό</translation>
    </message>
    <message>
        <source>Select the client to draft an invoice for.</source>
        <translation>Επιλέξτε τον πελάτη για τον οποίο θα συνταχθεί τιμολόγιο.</translation>
    </message>
    <message>
        <source>%1 invoices issued</source>
        <translation>%1 τιμολόγια εκδόθηκαν</translation>
    </message>
    <message>
        <source>cancelled: the other clients stay unbilled</source>
        <translation>ακυρώθηκε: οι υπόλοιποι πελάτες μένουν ατιμολόγητοι</translation>
    </message>
    <message>
        <source>Everything is on the draft already; here it is.</source>
        <translation>Όλα είναι ήδη στο πρόχειρο· ορίστε.</translation>
    </message>
    <message>
        <source>Drafting the invoice</source>
        <translation>Σύνταξη του τιμολογίου</translation>
    </message>
    <message>
        <source>Draft for %1 deleted; its work is unbilled again.</source>
        <translation>Το πρόχειρο για %1 διαγράφηκε· η εργασία του είναι ξανά ατιμολόγητη.</translation>
    </message>
    <message>
        <source>The month-end run stopped: %1</source>
        <translation>Το κλείσιμο μήνα σταμάτησε: %1</translation>
    </message>
    <message>
        <source>%1 problems to look at</source>
        <translation>%1 προβλήματα για έλεγχο</translation>
    </message>
    <message>
        <source>%1 clients with unbilled work · %2 hours up to %3</source>
        <translation>%1 πελάτες με ατιμολόγητη εργασία · %2 ώρες έως %3</translation>
    </message>
    <message>
        <source>%1 of %2 clients done — last: %3</source>
        <translation>Ολοκληρώθηκαν %1 από %2 πελάτες — τελευταίος: %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Καταχ.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Παλαιότερη</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Εκτίμηση</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσ.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Καθαρό</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Quantity and unit</source>
        <translation>Ποσότητα και μονάδα</translation>
    </message>
    <message>
        <source>On purpose: the invoice lists the hours the client&apos;s prepaid hours or contract covered; the client owes nothing for it.</source>
        <translation>Σκόπιμα: το τιμολόγιο αναφέρει τις ώρες που κάλυψαν οι προπληρωμένες ώρες ή η σύμβαση του πελάτη· ο πελάτης δεν οφείλει τίποτα γι’ αυτό.</translation>
    </message>
    <message>
        <source>Nothing to bill</source>
        <translation>Τίποτα προς τιμολόγηση</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Δεν μπορεί να συνταχθεί</translation>
    </message>
    <message>
        <source>Unbilled for %1 days</source>
        <translation>Ατιμολόγητο για %1 ημέρες</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Τιμή μονάδας (%1)</translation>
    </message>
    <message>
        <source>Net amount (%1)</source>
        <translation>Καθαρό ποσό (%1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
    <message>
        <source>Issued %1 — nothing to pay: covered by prepaid hours or contract</source>
        <translation>Εκδόθηκε %1 — χωρίς οφειλή (προπληρωμένες ώρες ή σύμβαση)</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Εκδόθηκε %1</translation>
    </message>
    <message>
        <source>%1 time entries, %2 materials</source>
        <translation>%1 καταχωρίσεις χρόνου, %2 υλικά</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Solved 1 ticket</source>
        <translation>Έλυσε 1 αίτημα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Συμπτώματα</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Προσωρινή λύση</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Διόρθωση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>comma-separated, e.g. printer, m365</source>
        <translation>χωρισμένες με κόμμα, π.χ. εκτυπωτής, m365</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Εσωτερικές σημειώσεις</translation>
    </message>
    <message>
        <source>For technicians only; never exported</source>
        <translation>Μόνο για τεχνικούς· δεν εξάγονται ποτέ</translation>
    </message>
    <message>
        <source>Search symptoms, causes, fixes, tags…</source>
        <translation>Αναζήτηση συμπτωμάτων, αιτιών, διορθώσεων, ετικετών…</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Νέο άρθρο</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Επεξεργασία άρθρου</translation>
    </message>
    <message>
        <source>Show on the client help site</source>
        <translation>Εμφάνιση στον ιστότοπο βοήθειας πελατών</translation>
    </message>
    <message>
        <source>Solved %1 tickets</source>
        <translation>Έλυσε %1 αιτήματα</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Γνωσιακή βάση</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Κανένα άρθρο δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>Solved %1</source>
        <translation>Έλυσε %1</translation>
    </message>
</context>
<context>
    <name>LanguagesSection</name>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Invoices, visit reports and messages are written in the client&apos;s language; this one is used when the client has none.</source>
        <translation>Τιμολόγια, αναφορές επισκέψεων και μηνύματα γράφονται στη γλώσσα του πελάτη· αυτή χρησιμοποιείται όταν ο πελάτης δεν έχει ορίσει.</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Προεπιλεγμένη γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source>Save document language</source>
        <translation>Αποθήκευση γλώσσας εγγράφων</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Περιβάλλον</translation>
    </message>
    <message>
        <source>The language of TechLedger&apos;s menus, windows, numbers and dates on this computer, for you only. TechLedger restarts to show it.</source>
        <translation>Η γλώσσα των μενού, των παραθύρων, των αριθμών και των ημερομηνιών του TechLedger σε αυτόν τον υπολογιστή, μόνο για εσάς. Το TechLedger επανεκκινείται για να την εμφανίσει.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Saved. TechLedger shows %1 after a restart.</source>
        <translation>Αποθηκεύτηκε. Στα %1 μετά την επανεκκίνηση.</translation>
    </message>
    <message>
        <source>Restart TechLedger</source>
        <translation>Επανεκκίνηση του TechLedger</translation>
    </message>
    <message>
        <source>Restart TechLedger now to see it in %1?</source>
        <translation>Επανεκκίνηση του TechLedger τώρα για να το δείτε στα %1;</translation>
    </message>
    <message>
        <source>TechLedger closes its windows and opens again: save any work you are still typing first.</source>
        <translation>Το TechLedger κλείνει τα παράθυρά του και ανοίγει ξανά: αποθηκεύστε πρώτα ό,τι πληκτρολογείτε ακόμη.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Επανεκκίνηση τώρα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <source>TechLedger stayed open; it shows the new language at the next start.</source>
        <translation>Το TechLedger έμεινε ανοιχτό· η νέα γλώσσα θα εμφανιστεί στην επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα περιβάλλοντος</translation>
    </message>
    <message>
        <source>Save interface language</source>
        <translation>Αποθήκευση γλώσσας περιβάλλοντος</translation>
    </message>
    <message>
        <source>Document language saved.</source>
        <translation>Η γλώσσα εγγράφων αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Τίποτα δεν ταιριάζει με «%1».</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>time entries</source>
        <translation>καταχωρίσεις χρόνου</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>πελάτες</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>αιτήματα</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>συμβάσεις</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>τιμολόγια</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Raw time</source>
        <translation>Πραγματικός χρόνος</translation>
    </message>
    <message>
        <source>Billed time</source>
        <translation>Χρεωμένος χρόνος</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Χρεώσιμο</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Όροι πληρωμής</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Άνοιξε</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Αρχίζει</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Λήγει</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
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
        <translation type="vanished">Καταγραφή χρόνου</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="vanished">Τεχνικός</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation type="vanished">Είδος εργασίας</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Λεπτά</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Έναρξη</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="vanished">Εργασία που έγινε</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Εξερχόμενη αλληλογραφία (SMTP)</translation>
    </message>
    <message>
        <source>Used to send invoices and ticket messages. The server settings are stored with the data; the password only in this computer&apos;s password store.</source>
        <translation>Χρησιμοποιείται για την αποστολή τιμολογίων και μηνυμάτων αιτημάτων. Οι ρυθμίσεις του διακομιστή αποθηκεύονται με τα δεδομένα· ο κωδικός μόνο στη μνήμη κωδικών αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (θύρα 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (θύρα 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Καμία (χωρίς κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Κρυπτογράφηση</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>Empty: the company e-mail address.</source>
        <translation>Κενό: το email της επιχείρησης.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Αφήστε κενό για να κρατηθεί ο αποθηκευμένος κωδικός</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Αποθήκευση ρυθμίσεων αλληλογραφίας</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Πρότυπα μηνυμάτων</translation>
    </message>
    <message>
        <source>The acknowledgement and resolution messages sent to clients, and canned replies, in each language. Placeholders in braces are filled in when a message is written: %1</source>
        <translation>Τα μηνύματα παραλαβής και επίλυσης προς τους πελάτες και οι έτοιμες απαντήσεις, σε κάθε γλώσσα. Τα πεδία σε άγκιστρα συμπληρώνονται όταν γράφεται ένα μήνυμα: %1</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Επιβεβαίωση παραλαβής</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Έτοιμη απάντηση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Αποθήκευση προτύπου</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password store (%1), never in the database or a settings file.</source>
        <translation>Ο κωδικός φυλάσσεται στη μνήμη κωδικών αυτού του υπολογιστή (%1), ποτέ στη βάση δεδομένων ή σε αρχείο ρυθμίσεων.</translation>
    </message>
    <message>
        <source>Asked for when mail is sent</source>
        <translation>Ζητείται όταν στέλνεται αλληλογραφία</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so TechLedger cannot remember the SMTP password, and it will never write it to disk. You will be asked for it once in each session, the first time mail is sent.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει μνήμη κωδικών (keyring), οπότε το TechLedger δεν μπορεί να θυμάται τον κωδικό SMTP και δεν θα τον γράψει ποτέ στον δίσκο. Θα σας ζητείται μία φορά σε κάθε συνεδρία, την πρώτη φορά που στέλνεται αλληλογραφία.</translation>
    </message>
    <message>
        <source>The server settings were saved, but the password store refused the password: you will be asked for it when mail is sent.</source>
        <translation>Οι ρυθμίσεις του διακομιστή αποθηκεύτηκαν, αλλά η μνήμη κωδικών αρνήθηκε τον κωδικό: θα σας ζητηθεί όταν σταλεί αλληλογραφία.</translation>
    </message>
    <message>
        <source>Stored — type to replace it</source>
        <translation>Αποθηκευμένος — πληκτρολογήστε για αντικατάσταση</translation>
    </message>
    <message>
        <source>Mail settings and password saved.</source>
        <translation>Οι ρυθμίσεις αλληλογραφίας και ο κωδικός αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Οι ρυθμίσεις αλληλογραφίας αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Το πρότυπο αποθηκεύτηκε.</translation>
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
        <translation>Βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ενέργειες</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Δεδομένα</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Γνωσιακή βάση</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Ε&amp;ισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Ε&amp;ξαγωγή…</translation>
    </message>
    <message>
        <source>Export client &amp;help site…</source>
        <translation>Εξαγωγή ιστότοπου &amp;βοήθειας πελατών…</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Maintenance schedules</source>
        <translation>Προγράμματα συντήρησης</translation>
    </message>
    <message>
        <source>Work that comes back on its own: each date of the rule opens a ticket from the template below, once. Dates missed while TechLedger was closed are caught up when it opens; a paused schedule makes nothing.</source>
        <translation>Εργασία που επανέρχεται μόνη της: κάθε ημερομηνία του κανόνα ανοίγει μία φορά ένα αίτημα από το παρακάτω πρότυπο. Όσες ημερομηνίες χάθηκαν ενώ το TechLedger ήταν κλειστό καλύπτονται όταν ανοίξει· ένα πρόγραμμα σε παύση δεν δημιουργεί τίποτα.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Επόμενη</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Χωρίς σύμβαση</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Προσαρμοσμένος κανόνας</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Rule (RFC 5545)</source>
        <translation>Κανόνας (RFC 5545)</translation>
    </message>
    <message>
        <source>An RRULE value, e.g. FREQ=MONTHLY;BYDAY=1MO for the first Monday.</source>
        <translation>Τιμή RRULE, π.χ. FREQ=MONTHLY;BYDAY=1MO για την πρώτη Δευτέρα.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ξεκινά στις</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Λήγει στις</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Επόμενες ημερομηνίες</translation>
    </message>
    <message>
        <source>Ticket title</source>
        <translation>Τίτλος αιτήματος</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Λίστα ελέγχου</translation>
    </message>
    <message>
        <source>One item a line; the ticket lists them to tick off.</source>
        <translation>Ένα στοιχείο ανά γραμμή· το αίτημα τα απαριθμεί για τσεκάρισμα.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Ανάθεση σε</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Κανείς</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Εκτιμώμενος χρόνος</translation>
    </message>
    <message>
        <source>Hours, e.g. 1:30.</source>
        <translation>Ώρες, π.χ. 1:30.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <source>Add schedule</source>
        <translation>Προσθήκη προγράμματος</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>Οι επόμενες 90 ημέρες</translation>
    </message>
    <message>
        <source>Every date the running schedules will open a ticket on.</source>
        <translation>Κάθε ημερομηνία στην οποία τα ενεργά προγράμματα θα ανοίξουν αίτημα.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Opened as</source>
        <translation>Άνοιξε ως</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Εξαγωγή .ics…</translation>
    </message>
    <message>
        <source>First Monday of every month</source>
        <translation>Πρώτη Δευτέρα κάθε μήνα</translation>
    </message>
    <message>
        <source>Every 3 months on the 15th</source>
        <translation>Κάθε 3 μήνες στις 15</translation>
    </message>
    <message>
        <source>Yearly on 1 March</source>
        <translation>Ετησίως την 1η Μαρτίου</translation>
    </message>
    <message>
        <source>Every Monday</source>
        <translation>Κάθε Δευτέρα</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Τελευταία εργάσιμη κάθε μήνα</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγουσα</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>No dates.</source>
        <translation>Καμία ημερομηνία.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Το πρόγραμμα αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Το πρόγραμμα συνεχίζεται.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Το πρόγραμμα σε παύση.</translation>
    </message>
    <message>
        <source>Export the next 90 days</source>
        <translation>Εξαγωγή των επόμενων 90 ημερών</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Αρχεία ημερολογίου (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>Γράφτηκε %n συμβάν.</numerusform>
            <numerusform>Γράφτηκαν %n συμβάντα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Log material</source>
        <translation>Καταγραφή υλικού</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Not in the catalogue (type it below)</source>
        <translation>Εκτός καταλόγου (γράψτε το παρακάτω)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Τιμή μονάδας (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>π.χ. %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Χρησιμοποιήθηκε από</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Κανείς</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Χρησιμοποιήθηκε στις</translation>
    </message>
    <message>
        <source>Bill it to the client</source>
        <translation>Χρέωση στον πελάτη</translation>
    </message>
    <message>
        <source>What was used, e.g. USB-C cable 2 m</source>
        <translation>Τι χρησιμοποιήθηκε, π.χ. καλώδιο USB-C 2 m</translation>
    </message>
    <message>
        <source>catalogue: %1 %2</source>
        <translation>κατάλογος: %1 %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message to the client</source>
        <translation>Μήνυμα στον πελάτη</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Αποθήκευση ως .eml…</translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation>Διακομιστής αλληλογραφίας…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Αποθήκευση μηνύματος</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Μήνυμα email (*.eml)</translation>
    </message>
    <message>
        <source>No mail server is set up: use “Mail server…”, or save the message.</source>
        <translation>Δεν έχει ρυθμιστεί διακομιστής αλληλογραφίας: χρησιμοποιήστε το «Διακομιστής αλληλογραφίας…» ή αποθηκεύστε το μήνυμα.</translation>
    </message>
    <message>
        <source>Type the client&apos;s e-mail address in “To”.</source>
        <translation>Γράψτε το email του πελάτη στο «Προς».</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Κωδικός διακομιστή αλληλογραφίας</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Σύνδεση με %1…</translation>
    </message>
    <message>
        <source>Not sent: you cancelled before the server was reached.</source>
        <translation>Δεν στάλθηκε: ακυρώσατε πριν συνδεθεί ο διακομιστής.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Δεν στάλθηκε. %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Δεν στάλθηκε: %1</translation>
    </message>
    <message>
        <source>Sending the message to %1</source>
        <translation>Αποστολή του μηνύματος στο %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="vanished">Επιβεβαίωση παραλαβής</translation>
    </message>
    <message>
        <source>Resolution message</source>
        <translation type="vanished">Μήνυμα επίλυσης</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation type="vanished">Έτοιμη απάντηση</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Νέο αίτημα</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>What the user sees, in a few words</source>
        <translation>Τι βλέπει ο χρήστης, με λίγα λόγια</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Ανάθεση σε</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Κανείς ακόμη</translation>
    </message>
    <message>
        <source>Then write the acknowledgement to the client</source>
        <translation>Μετά γράψτε την επιβεβαίωση στον πελάτη</translation>
    </message>
    <message>
        <source>Opens the message with the new ticket&apos;s number, ready to send or edit</source>
        <translation>Ανοίγει το μήνυμα με τον αριθμό του νέου αιτήματος, έτοιμο για αποστολή ή επεξεργασία</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="vanished">Επείγον</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Public: the client may see it (counts as a reply)</source>
        <translation>Δημόσια: ο πελάτης μπορεί να τη δει (μετρά ως απάντηση)</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Νέος πελάτης…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Επεξεργασία πελάτη…</translation>
    </message>
    <message>
        <source>Archive or restore client</source>
        <translation>Αρχειοθέτηση ή επαναφορά πελάτη</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Εύρεση</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Νέο αίτημα…</translation>
    </message>
    <message>
        <source>Helpdesk reports…</source>
        <translation>Αναφορές υποστήριξης…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Νέο άρθρο…</translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation>Επεξεργασία άρθρου…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Νέα αναζήτηση</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Προηγούμενη εβδομάδα</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Αυτή η εβδομάδα</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Επόμενη εβδομάδα</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Διαγραφή καταχώρισης</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Αναίρεση διαγραφής</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Νέα επίσκεψη…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Άνοιγμα επίσκεψης</translation>
    </message>
    <message>
        <source>Top up prepaid hours…</source>
        <translation>Αναπλήρωση προπληρωμένων ωρών…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Κατάσταση PDF…</translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation>Ιστορικό σύμβασης…</translation>
    </message>
</context>
<context>
    <name>PrepaidOverview</name>
    <message>
        <source>Purchase</source>
        <translation>Αγορά</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Έληξε</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Expiry due</source>
        <translation>Οφειλόμενη λήξη</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Απομένουν</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Επόμενη λήξη</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Εξαντλείται</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <source>At the pace of the last 8 weeks: %1 h a week.</source>
        <translation>Με τον ρυθμό των τελευταίων 8 εβδομάδων: %1 ώρ. την εβδομάδα.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>λήγει %1</translation>
    </message>
    <message>
        <source>invoiced elsewhere</source>
        <translation>τιμολογήθηκε αλλού</translation>
    </message>
    <message>
        <source>not invoiced yet</source>
        <translation>δεν έχει τιμολογηθεί ακόμη</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 ώρ.)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>τιμολόγιο %1</translation>
    </message>
    <message>
        <source>draft invoice %1</source>
        <translation>πρόχειρο τιμολόγιο %1</translation>
    </message>
    <message>
        <source>%1 h used of %2 h in the open blocks. Alerts at %3.</source>
        <translation>Χρησιμοποιήθηκαν %1 ώρ. από %2 ώρ. στα ανοιχτά πακέτα. Ειδοποιήσεις στο %3.</translation>
    </message>
</context>
<context>
    <name>PrepaidSection</name>
    <message>
        <source>Prepaid hours</source>
        <translation>Προπληρωμένες ώρες</translation>
    </message>
    <message>
        <source>Every block of hours a client buys is invoiced once, at its price, with the client&apos;s VAT. A block that costs nothing is not invoiced.</source>
        <translation>Κάθε πακέτο ωρών που αγοράζει ένας πελάτης τιμολογείται μία φορά, στην τιμή του, με τον ΦΠΑ του πελάτη. Πακέτο χωρίς κόστος δεν τιμολογείται.</translation>
    </message>
    <message>
        <source>Invoice a block as soon as it is bought</source>
        <translation>Τιμολόγηση πακέτου μόλις αγοραστεί</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Τιμολόγηση</translation>
    </message>
    <message>
        <source>On: a top-up creates a draft invoice for the block at once. Off: the next month-end run for the client invoices it.</source>
        <translation>Ενεργό: η αγορά δημιουργεί αμέσως πρόχειρο τιμολόγιο για το πακέτο. Ανενεργό: το τιμολογεί η επόμενη μηνιαία εκκαθάριση του πελάτη.</translation>
    </message>
    <message>
        <source>Save prepaid settings</source>
        <translation>Αποθήκευση ρυθμίσεων προπληρωμής</translation>
    </message>
    <message>
        <source>Prepaid settings saved.</source>
        <translation>Οι ρυθμίσεις προπληρωμής αποθηκεύτηκαν.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Stop timer — log the work</source>
        <translation>Διακοπή χρονομέτρου — καταγραφή εργασίας</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Νέα καταχώριση χρόνου</translation>
    </message>
    <message>
        <source>— pick a client —</source>
        <translation>— επιλέξτε πελάτη —</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it like %2.</source>
        <translation>Το «%1» δεν είναι ημερομηνία και ώρα· γράψτε το π.χ. %2.</translation>
    </message>
    <message>
        <source>1:30, 1.5 or 90m</source>
        <translation>1:30, 1.5 ή 90m</translation>
    </message>
    <message>
        <source>10:30</source>
        <translation>10:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Πελάτης</translation>
    </message>
    <message>
        <source>&amp;Work type</source>
        <translation>&amp;Είδος εργασίας</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Έ&amp;ναρξη</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Διάρκεια</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Λήξη</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Περι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Αίτημα</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(χωρίς αίτημα)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so it was not saved. Your changes are still here: copy what you need, then Cancel and open the record again to see the other changes.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή την εγγραφή αφού την ανοίξατε, οπότε δεν αποθηκεύτηκε. Οι αλλαγές σας είναι ακόμη εδώ: αντιγράψτε ό,τι χρειάζεστε, πατήστε Άκυρο και ανοίξτε ξανά την εγγραφή για να δείτε τις άλλες αλλαγές.</translation>
    </message>
    <message>
        <source>This record no longer exists; it was not saved.</source>
        <translation>Αυτή η εγγραφή δεν υπάρχει πια· δεν αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsTableModel</name>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Επιλύθηκε με άρθρο</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>(χωρίς άρθρο)</translation>
    </message>
</context>
<context>
    <name>RoundingSection</name>
    <message>
        <source>Rounding and minimum charge</source>
        <translation>Στρογγυλοποίηση και ελάχιστη χρέωση</translation>
    </message>
    <message>
        <source>Billed time is rounded from the raw time, which is always kept next to it. These are the defaults; a client or contract can set its own.</source>
        <translation>Ο χρεωμένος χρόνος στρογγυλοποιείται από τον πραγματικό, που κρατιέται πάντα δίπλα του. Αυτές είναι οι προεπιλογές· ένας πελάτης ή μια σύμβαση μπορεί να ορίζει δικές του.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n λεπτό</numerusform>
            <numerusform>%n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Στρογγυλοποίηση σε</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Προς τα πάνω</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Στο πλησιέστερο</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Προς τα κάτω</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Each time entry</source>
        <translation>Κάθε καταχώριση χρόνου</translation>
    </message>
    <message>
        <source>Each visit</source>
        <translation>Κάθε επίσκεψη</translation>
    </message>
    <message>
        <source>Each ticket</source>
        <translation>Κάθε αίτημα</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Εφαρμογή σε</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Ελάχιστη χρέωση</translation>
    </message>
    <message>
        <source>E.g. 60 min: an on-site visit is billed at least one hour. 0 for none.</source>
        <translation>Π.χ. 60 λεπ.: μια επίσκεψη χρεώνεται τουλάχιστον μία ώρα. 0 για καμία.</translation>
    </message>
    <message>
        <source>Save rounding</source>
        <translation>Αποθήκευση στρογγυλοποίησης</translation>
    </message>
    <message>
        <source>Save the company profile first.</source>
        <translation>Αποθηκεύστε πρώτα το προφίλ της επιχείρησης.</translation>
    </message>
    <message>
        <source>Rounding saved.</source>
        <translation>Η στρογγυλοποίηση αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>SeriesSection</name>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {series} the code, {seq} the running number ({seq:05} pads it to 5 digits).</source>
        <translation>Πεδία: {YYYY} έτος, {YY} σύντομο έτος, {MM} μήνας, {series} ο κωδικός, {seq} ο αύξων αριθμός ({seq:05} τον συμπληρώνει σε 5 ψηφία).</translation>
    </message>
    <message>
        <source>Invoice number series</source>
        <translation>Σειρές αρίθμησης τιμολογίων</translation>
    </message>
    <message>
        <source>Numbers are given when an invoice is issued, one after the other in each series. A series that has issued invoices can be deactivated but never deleted.</source>
        <translation>Οι αριθμοί δίνονται όταν εκδίδεται ένα τιμολόγιο, διαδοχικά σε κάθε σειρά. Μια σειρά με εκδομένα τιμολόγια μπορεί να απενεργοποιηθεί αλλά ποτέ να διαγραφεί.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Μοτίβο</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Επόμενος αριθμός</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Select a series in the list to change it</source>
        <translation>Επιλέξτε μια σειρά από τη λίστα για να την αλλάξετε</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Νέα σειρά</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Πιστωτικά</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Προσθήκη σειράς</translation>
    </message>
    <message>
        <source>Ticket numbers</source>
        <translation>Αριθμοί αιτημάτων</translation>
    </message>
    <message>
        <source>Every new ticket gets its number at once. Numbers already given stay.</source>
        <translation>Κάθε νέο αίτημα παίρνει αμέσως τον αριθμό του. Οι αριθμοί που έχουν ήδη δοθεί μένουν.</translation>
    </message>
    <message>
        <source>Fields: {YYYY} year, {YY} short year, {MM} month, {seq} the running number; with a year in it, the count starts again each year.</source>
        <translation>Πεδία: {YYYY} έτος, {YY} σύντομο έτος, {MM} μήνας, {seq} ο αύξων αριθμός· με έτος στο μοτίβο, η μέτρηση ξεκινά από την αρχή κάθε χρόνο.</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Επόμενο αίτημα</translation>
    </message>
    <message>
        <source>Save ticket numbering</source>
        <translation>Αποθήκευση αρίθμησης αιτημάτων</translation>
    </message>
    <message>
        <source>—  (the pattern is not complete)</source>
        <translation>—  (το μοτίβο δεν είναι πλήρες)</translation>
    </message>
    <message>
        <source>Ticket numbering saved.</source>
        <translation>Η αρίθμηση αιτημάτων αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>Series saved.</source>
        <translation>Η σειρά αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Series added.</source>
        <translation>Η σειρά προστέθηκε.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Enter the company profile in Settings first.</source>
        <translation>Συμπληρώστε πρώτα το προφίλ της επιχείρησης στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Add a standard VAT rate in Settings first.</source>
        <translation>Προσθέστε πρώτα έναν κανονικό συντελεστή ΦΠΑ στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>an entry must end after it starts</source>
        <translation>μια καταχώριση πρέπει να λήγει μετά την έναρξή της</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Γράψτε το όνομα του πελάτη.</translation>
    </message>
    <message>
        <source>Enter an address such as office@example.com.</source>
        <translation>Γράψτε μια διεύθυνση όπως office@example.com.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country.</source>
        <translation>Επιλέξτε τη χώρα του πελάτη.</translation>
    </message>
    <message>
        <source>A VAT id has only letters, digits, spaces, dots and dashes.</source>
        <translation>Ο ΑΦΜ έχει μόνο γράμματα, ψηφία, κενά, τελείες και παύλες.</translation>
    </message>
    <message>
        <source>Choose the currency the client is invoiced in.</source>
        <translation>Επιλέξτε το νόμισμα τιμολόγησης του πελάτη.</translation>
    </message>
    <message>
        <source>Choose a document language.</source>
        <translation>Επιλέξτε γλώσσα εγγράφων.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Οι όροι πληρωμής είναι 0 έως 365 ημέρες.</translation>
    </message>
    <message>
        <source>Remove the control characters from this field.</source>
        <translation>Αφαιρέστε τους χαρακτήρες ελέγχου από αυτό το πεδίο.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Γράψτε το όνομα της επαφής.</translation>
    </message>
    <message>
        <source>Enter an address such as anna@example.com.</source>
        <translation>Γράψτε μια διεύθυνση όπως anna@example.com.</translation>
    </message>
    <message>
        <source>Enter a distance in km such as 12.5.</source>
        <translation>Γράψτε απόσταση σε km, π.χ. 12.5.</translation>
    </message>
    <message>
        <source>The distance is too large.</source>
        <translation>Η απόσταση είναι πολύ μεγάλη.</translation>
    </message>
    <message>
        <source>Enter a name for the site, e.g. Head office.</source>
        <translation>Δώστε όνομα στην τοποθεσία, π.χ. Κεντρικά.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s country.</source>
        <translation>Επιλέξτε τη χώρα της τοποθεσίας.</translation>
    </message>
    <message>
        <source>Travel time is 0 to 1440 minutes.</source>
        <translation>Ο χρόνος μετακίνησης είναι 0 έως 1440 λεπτά.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>A statement covers dates between the years 1900 and 2999.</source>
        <translation>Μια κατάσταση καλύπτει ημερομηνίες από το 1900 έως το 2999.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Η γραμμή χρειάζεται περιγραφή.</translation>
    </message>
    <message>
        <source>A line needs a quantity.</source>
        <translation>Η γραμμή χρειάζεται ποσότητα.</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you saved.</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το πρόχειρο ενώ αποθηκεύατε.</translation>
    </message>
    <message>
        <source>Remove the line instead of setting its quantity to zero.</source>
        <translation>Αφαιρέστε τη γραμμή αντί να μηδενίσετε την ποσότητά της.</translation>
    </message>
    <message>
        <source>Exports never write floats.</source>
        <translation>Οι εξαγωγές δεν γράφουν ποτέ αριθμούς κινητής υποδιαστολής.</translation>
    </message>
    <message>
        <source>Feedback is asked for after the ticket is resolved.</source>
        <translation>Η αξιολόγηση ζητείται αφού επιλυθεί το αίτημα.</translation>
    </message>
    <message>
        <source>The rating is 1 (poor) to 5 (excellent).</source>
        <translation>Η βαθμολογία είναι από 1 (κακή) έως 5 (εξαιρετική).</translation>
    </message>
    <message>
        <source>Issue the draft first; a draft is not sent to the client.</source>
        <translation>Εκδώστε πρώτα το πρόχειρο· ένα πρόχειρο δεν στέλνεται στον πελάτη.</translation>
    </message>
    <message>
        <source>Give the address to send the invoice to.</source>
        <translation>Δώστε τη διεύθυνση αποστολής του τιμολογίου.</translation>
    </message>
    <message>
        <source>Give the period as two dates.</source>
        <translation>Δώστε την περίοδο ως δύο ημερομηνίες.</translation>
    </message>
    <message>
        <source>There is no such invoice series.</source>
        <translation>Δεν υπάρχει τέτοια σειρά τιμολογίων.</translation>
    </message>
    <message>
        <source>Give the issue date as a real date.</source>
        <translation>Δώστε την ημερομηνία έκδοσης ως κανονική ημερομηνία.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Ένα τιμολόγιο χρειάζεται τουλάχιστον μία γραμμή.</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Δώστε τίτλο στο άρθρο.</translation>
    </message>
    <message>
        <source>Describe at least the symptoms, a workaround or the fix.</source>
        <translation>Περιγράψτε τουλάχιστον τα συμπτώματα, μια προσωρινή λύση ή τη διόρθωση.</translation>
    </message>
    <message>
        <source>There is no such article.</source>
        <translation>Δεν υπάρχει τέτοιο άρθρο.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Εισαγάγετε ποσότητα.</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>Ένα πρότυπο χρειάζεται όνομα και κείμενο.</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s name and a port 1–65535.</source>
        <translation>Δώστε το όνομα του διακομιστή SMTP και θύρα 1–65535.</translation>
    </message>
    <message>
        <source>The client (or the contact) has no e-mail address.</source>
        <translation>Ο πελάτης (ή η επαφή) δεν έχει email.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Δεν υπάρχει τέτοιο πρότυπο.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring); TechLedger will not write the password to disk. Enter it each time you send.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει μνήμη κωδικών (keyring)· το TechLedger δεν θα γράψει τον κωδικό στον δίσκο. Πληκτρολογήστε τον σε κάθε αποστολή.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring): the password cannot be remembered and will be asked for each time.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει μνήμη κωδικών (keyring): ο κωδικός δεν μπορεί να απομνημονευτεί και θα ζητείται κάθε φορά.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Εισαγάγετε ποσό.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Το ποσό δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Το ποσό είναι πολύ μεγάλο.</translation>
    </message>
    <message>
        <source>denominator must be positive</source>
        <translation>ο παρονομαστής πρέπει να είναι θετικός</translation>
    </message>
    <message>
        <source>A number pattern must contain {seq}, e.g. &apos;{YYYY}-{seq:05}&apos;.</source>
        <translation>Το μοτίβο αριθμού πρέπει να περιέχει {seq}, π.χ. &apos;{YYYY}-{seq:05}&apos;.</translation>
    </message>
    <message>
        <source>A draft has nothing to correct: edit it or delete it.</source>
        <translation>Ένα πρόχειρο δεν χρειάζεται διόρθωση: επεξεργαστείτε ή διαγράψτε το.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Ένα πιστωτικό δεν μπορεί να πιστωθεί.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected; the reason is printed.</source>
        <translation>Γράψτε γιατί διορθώνεται το τιμολόγιο· η αιτία τυπώνεται.</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>Η πληρωμή πρέπει να είναι θετικό ποσό.</translation>
    </message>
    <message>
        <source>Give the day the payment was received.</source>
        <translation>Δώστε την ημέρα που ελήφθη η πληρωμή.</translation>
    </message>
    <message>
        <source>A payment reference has at most 200 characters.</source>
        <translation>Η αναφορά πληρωμής έχει έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Credit whole quantities (thousandths of a unit).</source>
        <translation>Πιστώστε ακέραιες ποσότητες (χιλιοστά της μονάδας).</translation>
    </message>
    <message>
        <source>A top-up must add some hours.</source>
        <translation>Η αναπλήρωση πρέπει να προσθέτει ώρες.</translation>
    </message>
    <message>
        <source>The price of a block cannot be negative.</source>
        <translation>Η τιμή ενός πακέτου δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>Give the date and time of the purchase.</source>
        <translation>Δώστε ημερομηνία και ώρα της αγοράς.</translation>
    </message>
    <message>
        <source>The expiry is a date.</source>
        <translation>Η λήξη είναι ημερομηνία.</translation>
    </message>
    <message>
        <source>A block cannot expire before it is bought.</source>
        <translation>Ένα πακέτο δεν μπορεί να λήξει πριν αγοραστεί.</translation>
    </message>
    <message>
        <source>Only positive minutes can be deducted.</source>
        <translation>Μόνο θετικά λεπτά μπορούν να αφαιρεθούν.</translation>
    </message>
    <message>
        <source>Give the date and time of the deduction.</source>
        <translation>Δώστε ημερομηνία και ώρα της αφαίρεσης.</translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation>Η προσαρμογή πρέπει να αλλάζει το υπόλοιπο.</translation>
    </message>
    <message>
        <source>Say why the balance is adjusted.</source>
        <translation>Γράψτε γιατί προσαρμόζεται το υπόλοιπο.</translation>
    </message>
    <message>
        <source>Enter the hours bought, like 10 or 7:30.</source>
        <translation type="vanished">Γράψτε τις ώρες που αγοράστηκαν, π.χ. 10 ή 7:30.</translation>
    </message>
    <message>
        <source>Minutes go up to 59; type it like 7:30.</source>
        <translation type="vanished">Τα λεπτά φτάνουν έως 59· γράψτε π.χ. 7:30.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή την εγγραφή αφού την ανοίξατε.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you saved.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή την εγγραφή ενώ αποθηκεύατε.</translation>
    </message>
    <message>
        <source>minutes cannot be negative</source>
        <translation>τα λεπτά δεν μπορεί να είναι αρνητικά</translation>
    </message>
    <message>
        <source>a minimum charge cannot be negative</source>
        <translation>η ελάχιστη χρέωση δεν μπορεί να είναι αρνητική</translation>
    </message>
    <message>
        <source>Open the shop on at least one day.</source>
        <translation>Η επιχείρηση πρέπει να είναι ανοιχτή τουλάχιστον μία ημέρα.</translation>
    </message>
    <message>
        <source>A unit has at most 20 characters.</source>
        <translation>Η μονάδα έχει το πολύ 20 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Enter the price, or a markup over the cost.</source>
        <translation>Δώστε την τιμή ή μια προσαύξηση επί του κόστους.</translation>
    </message>
    <message>
        <source>Cost and markup give a price that is too large.</source>
        <translation>Κόστος και προσαύξηση δίνουν υπερβολικά μεγάλη τιμή.</translation>
    </message>
    <message>
        <source>Choose one of the active VAT rates.</source>
        <translation>Επιλέξτε έναν από τους ενεργούς συντελεστές ΦΠΑ.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Γράψτε την επωνυμία της επιχείρησης.</translation>
    </message>
    <message>
        <source>Choose the country the company is registered in.</source>
        <translation>Επιλέξτε τη χώρα εγγραφής της επιχείρησης.</translation>
    </message>
    <message>
        <source>The registration id is one line of at most 50 characters.</source>
        <translation>Ο αριθμός μητρώου είναι μία γραμμή έως 50 χαρακτήρων.</translation>
    </message>
    <message>
        <source>The scheme is a four-digit ISO 6523 code, e.g. 0007.</source>
        <translation>Το σχήμα είναι τετραψήφιος κωδικός ISO 6523, π.χ. 0007.</translation>
    </message>
    <message>
        <source>This IBAN&apos;s check digits are wrong; check for a typo.</source>
        <translation>Τα ψηφία ελέγχου αυτού του IBAN είναι λάθος· ελέγξτε για τυπογραφικό λάθος.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits.</source>
        <translation>Ο BIC έχει 8 ή 11 γράμματα και ψηφία.</translation>
    </message>
    <message>
        <source>Give the rate a short code, e.g. SE25.</source>
        <translation>Δώστε στον συντελεστή σύντομο κωδικό, π.χ. GR24.</translation>
    </message>
    <message>
        <source>A VAT rate lies between 0 and 100 %.</source>
        <translation>Ο συντελεστής ΦΠΑ είναι μεταξύ 0 και 100 %.</translation>
    </message>
    <message>
        <source>Exempt and reverse-charge rates need the reason printed on invoices.</source>
        <translation>Οι απαλλαγές και η αντίστροφη επιβάρυνση χρειάζονται την αιτία τυπωμένη στα τιμολόγια.</translation>
    </message>
    <message>
        <source>Give the series a code.</source>
        <translation>Δώστε κωδικό στη σειρά.</translation>
    </message>
    <message>
        <source>Give the work type a code, e.g. remote.</source>
        <translation>Δώστε κωδικό στο είδος εργασίας, π.χ. remote.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Η χρέωση δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>Enter the technician&apos;s name.</source>
        <translation>Γράψτε το όνομα του τεχνικού.</translation>
    </message>
    <message>
        <source>Support tiers run from 0 to 4.</source>
        <translation>Τα επίπεδα υποστήριξης είναι από 0 έως 4.</translation>
    </message>
    <message>
        <source>Give the dates the rate is valid.</source>
        <translation>Δώστε τις ημερομηνίες ισχύος της χρέωσης.</translation>
    </message>
    <message>
        <source>The rate ends before it starts.</source>
        <translation>Η χρέωση λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Δώστε όνομα στο προϊόν.</translation>
    </message>
    <message>
        <source>Type the hours like 08:00–17:00, or 08:00–12:00, 13:00–17:00; each span ends after it starts, in order.</source>
        <translation>Γράψτε τις ώρες π.χ. 08:00–17:00 ή 08:00–12:00, 13:00–17:00· κάθε διάστημα λήγει μετά την αρχή του, με τη σειρά.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Οι τιμές δεν μπορεί να είναι αρνητικές.</translation>
    </message>
    <message>
        <source>Enter the company profile first.</source>
        <translation>Συμπληρώστε πρώτα το προφίλ της επιχείρησης.</translation>
    </message>
    <message>
        <source>Choose a colour like #1F5A96.</source>
        <translation>Επιλέξτε χρώμα όπως #1F5A96.</translation>
    </message>
    <message>
        <source>Round to 1, 6, 10, 15, 30 or 60 minutes.</source>
        <translation>Στρογγυλοποίηση σε 1, 6, 10, 15, 30 ή 60 λεπτά.</translation>
    </message>
    <message>
        <source>Round up, to the nearest or down.</source>
        <translation>Στρογγυλοποίηση προς τα πάνω, στο πλησιέστερο ή προς τα κάτω.</translation>
    </message>
    <message>
        <source>Round each entry, each visit or each ticket.</source>
        <translation>Στρογγυλοποίηση κάθε καταχώρισης, κάθε επίσκεψης ή κάθε αιτήματος.</translation>
    </message>
    <message>
        <source>A minimum charge lies between 0 and 24 hours.</source>
        <translation>Η ελάχιστη χρέωση είναι μεταξύ 0 και 24 ωρών.</translation>
    </message>
    <message>
        <source>Choose one of the offered languages.</source>
        <translation>Επιλέξτε μία από τις προσφερόμενες γλώσσες.</translation>
    </message>
    <message>
        <source>Name the holiday.</source>
        <translation>Δώστε όνομα στην αργία.</translation>
    </message>
    <message>
        <source>This day is already in the list.</source>
        <translation>Αυτή η ημέρα είναι ήδη στη λίστα.</translation>
    </message>
    <message>
        <source>Ticket numbers have no series: use {seq}, {YYYY}, {YY} and {MM}.</source>
        <translation>Οι αριθμοί αιτημάτων δεν έχουν σειρά: χρησιμοποιήστε {seq}, {YYYY}, {YY} και {MM}.</translation>
    </message>
    <message>
        <source>Enter the registration id the scheme is for.</source>
        <translation>Δώστε τον αριθμό μητρώου στον οποίο αφορά το σχήμα.</translation>
    </message>
    <message>
        <source>A code is one line of at most 20 characters.</source>
        <translation>Ο κωδικός είναι μία γραμμή έως 20 χαρακτήρων.</translation>
    </message>
    <message>
        <source>Only standard-rated (S) VAT has a rate above zero.</source>
        <translation>Μόνο ο κανονικός συντελεστής (S) είναι πάνω από μηδέν.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>Το λογότυπο πρέπει να αποθηκευτεί ως εικόνα PNG.</translation>
    </message>
    <message>
        <source>The logo is too large; use a smaller picture.</source>
        <translation>Το λογότυπο είναι πολύ μεγάλο· χρησιμοποιήστε μικρότερη εικόνα.</translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation>Άγνωστη προτεραιότητα.</translation>
    </message>
    <message>
        <source>The first response target must be above zero.</source>
        <translation>Ο στόχος πρώτης απάντησης πρέπει να είναι πάνω από μηδέν.</translation>
    </message>
    <message>
        <source>Resolution cannot be due before the first response.</source>
        <translation>Η επίλυση δεν μπορεί να λήγει πριν από την πρώτη απάντηση.</translation>
    </message>
    <message>
        <source>No business hours within ten years: check the calendar and holidays.</source>
        <translation>Καμία ώρα λειτουργίας σε δέκα χρόνια: ελέγξτε το ημερολόγιο και τις αργίες.</translation>
    </message>
    <message>
        <source>Business minutes to add cannot be negative.</source>
        <translation>Τα εργάσιμα λεπτά προς πρόσθεση δεν μπορεί να είναι αρνητικά.</translation>
    </message>
    <message>
        <source>The business hours have no open time at all.</source>
        <translation>Το ωράριο δεν έχει καθόλου ώρες λειτουργίας.</translation>
    </message>
    <message>
        <source>That product is no longer in the catalogue.</source>
        <translation>Αυτό το προϊόν δεν υπάρχει πια στον κατάλογο.</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Δεν υπάρχει τέτοιος πελάτης.</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Δώστε τίτλο στο αίτημα.</translation>
    </message>
    <message>
        <source>A new ticket starts at tier 0–3; escalate to reach a vendor.</source>
        <translation>Ένα νέο αίτημα ξεκινά στο επίπεδο 0–3· κλιμακώστε για να φτάσει σε προμηθευτή.</translation>
    </message>
    <message>
        <source>There is no such technician.</source>
        <translation>Δεν υπάρχει τέτοιος τεχνικός.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>Δεν υπάρχει τέτοιο αίτημα.</translation>
    </message>
    <message>
        <source>Give a positive amount.</source>
        <translation>Δώστε θετικό ποσό.</translation>
    </message>
    <message>
        <source>Give the day the money was sent back.</source>
        <translation>Δώστε την ημέρα που επιστράφηκαν τα χρήματα.</translation>
    </message>
    <message>
        <source>Say why or how the money went back; it is kept.</source>
        <translation>Γράψτε γιατί ή πώς επιστράφηκαν τα χρήματα· φυλάσσεται.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Μόνο μια πληρωμή μπορεί να αντιλογιστεί.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed; the reason is kept.</source>
        <translation>Πείτε γιατί αντιλογίζεται η πληρωμή· η αιτία φυλάσσεται.</translation>
    </message>
    <message>
        <source>Enter a duration, like 1:30, 1.5 or 90m.</source>
        <translation>Δώστε διάρκεια, π.χ. 1:30, 1,5 ή 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Η διάρκεια δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>Client: the cell is empty; every record needs a client.</source>
        <translation>Πελάτης: το κελί είναι κενό· κάθε εγγραφή χρειάζεται πελάτη.</translation>
    </message>
    <message>
        <source>Choose a column for the end time or for the duration.</source>
        <translation>Επιλέξτε στήλη για την ώρα λήξης ή για τη διάρκεια.</translation>
    </message>
    <message>
        <source>ITFlow&apos;s export read here is its clients list; import it as clients.</source>
        <translation>Η εξαγωγή του ITFlow που διαβάζεται εδώ είναι η λίστα πελατών του· εισαγάγετέ την ως πελάτες.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Το αρχείο είναι κενό: δεν υπάρχει γραμμή επικεφαλίδων.</translation>
    </message>
    <message>
        <source>Name: the cell is empty; name the product.</source>
        <translation>Όνομα: το κελί είναι κενό· δώστε όνομα στο προϊόν.</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>Όνομα: έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Currency: the cell is empty and the company has no currency yet.</source>
        <translation>Νόμισμα: το κελί είναι κενό και η εταιρεία δεν έχει ακόμη νόμισμα.</translation>
    </message>
    <message>
        <source>Unit: at most 20 characters.</source>
        <translation>Μονάδα: έως 20 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>SKU: at most 50 characters.</source>
        <translation>Κωδικός SKU: έως 50 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Technician: the cell is empty; every entry needs a technician.</source>
        <translation>Τεχνικός: το κελί είναι κενό· κάθε καταχώριση χρειάζεται τεχνικό.</translation>
    </message>
    <message>
        <source>Technician: names and e-mails have at most 200 characters.</source>
        <translation>Τεχνικός: ονόματα και e-mail έχουν έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Work type: names have at most 100 characters.</source>
        <translation>Είδος εργασίας: τα ονόματα έχουν έως 100 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Work type: none given, and the shop has no work types yet.</source>
        <translation>Είδος εργασίας: δεν δόθηκε, και η επιχείρηση δεν έχει ακόμη είδη εργασίας.</translation>
    </message>
    <message>
        <source>End time: the work must end after it starts.</source>
        <translation>Ώρα λήξης: η εργασία πρέπει να λήγει μετά την έναρξη.</translation>
    </message>
    <message>
        <source>Duration: one entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Διάρκεια: μια καταχώριση δεν μπορεί να ξεπερνά τις 24 ώρες· χωρίστε τη ανά ημέρα.</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Χρεώσιμο</translation>
    </message>
    <message>
        <source>Duration: there is neither an end time nor a duration.</source>
        <translation>Διάρκεια: δεν υπάρχει ούτε ώρα λήξης ούτε διάρκεια.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Η ημερομηνία είναι κενή.</translation>
    </message>
    <message>
        <source>The duration is empty.</source>
        <translation>Η διάρκεια είναι κενή.</translation>
    </message>
    <message>
        <source>Give the recurrence rule, e.g. FREQ=MONTHLY;BYDAY=1MO.</source>
        <translation>Δώστε τον κανόνα επανάληψης, π.χ. FREQ=MONTHLY;BYDAY=1MO.</translation>
    </message>
    <message>
        <source>Give only the RRULE value; the start date is its own field.</source>
        <translation>Δώστε μόνο την τιμή RRULE· η ημερομηνία έναρξης έχει δικό της πεδίο.</translation>
    </message>
    <message>
        <source>A schedule repeats daily, weekly, monthly or yearly (FREQ=DAILY…YEARLY).</source>
        <translation>Ένα πρόγραμμα επαναλαμβάνεται ημερησίως, εβδομαδιαίως, μηνιαίως ή ετησίως (FREQ=DAILY…YEARLY).</translation>
    </message>
    <message>
        <source>A scheduled ticket starts at tier 0–3.</source>
        <translation>Ένα προγραμματισμένο αίτημα ξεκινά σε επίπεδο 0–3.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Το πρόγραμμα δεν μπορεί να λήξει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>The estimate is more than zero minutes, or empty.</source>
        <translation>Η εκτίμηση είναι περισσότερα από μηδέν λεπτά, ή κενή.</translation>
    </message>
    <message>
        <source>There is no such work type.</source>
        <translation>Δεν υπάρχει τέτοιο είδος εργασίας.</translation>
    </message>
    <message>
        <source>This rule makes no date in the five years after the start.</source>
        <translation>Αυτός ο κανόνας δεν δίνει καμία ημερομηνία στα πέντε χρόνια μετά την έναρξη.</translation>
    </message>
    <message>
        <source>That belongs to another client.</source>
        <translation>Αυτό ανήκει σε άλλον πελάτη.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Γράψτε πρώτα τη σημείωση.</translation>
    </message>
    <message>
        <source>Escalate to tier 4 with the vendor&apos;s case to wait on a vendor.</source>
        <translation>Κλιμακώστε στο επίπεδο 4 με την υπόθεση του προμηθευτή για να περιμένετε προμηθευτή.</translation>
    </message>
    <message>
        <source>Resolve the ticket before closing it.</source>
        <translation>Επιλύστε το αίτημα πριν το κλείσετε.</translation>
    </message>
    <message>
        <source>The tier is 0–4.</source>
        <translation>Το επίπεδο είναι 0–4.</translation>
    </message>
    <message>
        <source>Say why the ticket moves.</source>
        <translation>Γράψτε γιατί μετακινείται το αίτημα.</translation>
    </message>
    <message>
        <source>Reopen the ticket before escalating it.</source>
        <translation>Ανοίξτε ξανά το αίτημα πριν το κλιμακώσετε.</translation>
    </message>
    <message>
        <source>Tier 4 needs the vendor&apos;s name and their case number.</source>
        <translation>Το επίπεδο 4 χρειάζεται το όνομα του προμηθευτή και τον αριθμό υπόθεσής του.</translation>
    </message>
    <message>
        <source>The ticket is already resolved.</source>
        <translation>Το αίτημα έχει ήδη επιλυθεί.</translation>
    </message>
    <message>
        <source>Say how the problem was solved.</source>
        <translation>Περιγράψτε πώς λύθηκε το πρόβλημα.</translation>
    </message>
    <message>
        <source>This timer was already stopped (perhaps on another computer).</source>
        <translation>Αυτό το χρονόμετρο είχε ήδη σταματήσει (ίσως σε άλλον υπολογιστή).</translation>
    </message>
    <message>
        <source>This technician&apos;s timer is already running; stop it first.</source>
        <translation>Το χρονόμετρο αυτού του τεχνικού τρέχει ήδη· σταματήστε το πρώτα.</translation>
    </message>
    <message>
        <source>That ticket belongs to another client.</source>
        <translation>Αυτό το αίτημα ανήκει σε άλλον πελάτη.</translation>
    </message>
    <message>
        <source>Pick the client.</source>
        <translation>Επιλέξτε τον πελάτη.</translation>
    </message>
    <message>
        <source>Pick the site the visit was at.</source>
        <translation>Επιλέξτε την τοποθεσία της επίσκεψης.</translation>
    </message>
    <message>
        <source>Pick the technician.</source>
        <translation>Επιλέξτε τον τεχνικό.</translation>
    </message>
    <message>
        <source>Departure must be after arrival.</source>
        <translation>Η αναχώρηση πρέπει να είναι μετά την άφιξη.</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>Η μετακίνηση δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>Pick the kind of work.</source>
        <translation>Επιλέξτε το είδος εργασίας.</translation>
    </message>
    <message>
        <source>The work must take some time.</source>
        <translation>Η εργασία πρέπει να διαρκεί κάποιο χρόνο.</translation>
    </message>
    <message>
        <source>Say what was done; the customer signs for it.</source>
        <translation>Γράψτε τι έγινε· ο πελάτης το υπογράφει.</translation>
    </message>
    <message>
        <source>Pick the material from the catalogue.</source>
        <translation>Επιλέξτε το υλικό από τον κατάλογο.</translation>
    </message>
    <message>
        <source>That line is not on this visit.</source>
        <translation>Αυτή η γραμμή δεν ανήκει σε αυτή την επίσκεψη.</translation>
    </message>
    <message>
        <source>That line is already invoiced; it cannot be removed.</source>
        <translation>Αυτή η γραμμή έχει ήδη τιμολογηθεί· δεν μπορεί να αφαιρεθεί.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box.</source>
        <translation>Ζητήστε από τον πελάτη να υπογράψει στο πλαίσιο.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Γράψτε το όνομα του προσώπου που υπέγραψε.</translation>
    </message>
    <message>
        <source>That site belongs to another client.</source>
        <translation>Αυτή η τοποθεσία ανήκει σε άλλον πελάτη.</translation>
    </message>
    <message>
        <source>A visit cannot last more than 24 hours.</source>
        <translation>Μια επίσκεψη δεν μπορεί να διαρκεί πάνω από 24 ώρες.</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>Η εικόνα της υπογραφής είναι πολύ μεγάλη.</translation>
    </message>
    <message>
        <source>Give the start and the end as a date and a time.</source>
        <translation>Δώστε την αρχή και το τέλος ως ημερομηνία και ώρα.</translation>
    </message>
    <message>
        <source>The description contains control characters; remove them.</source>
        <translation type="vanished">Η περιγραφή περιέχει χαρακτήρες ελέγχου· αφαιρέστε τους.</translation>
    </message>
    <message>
        <source>Travel is a whole number, zero or more.</source>
        <translation>Η μετακίνηση είναι ακέραιος, μηδέν ή περισσότερο.</translation>
    </message>
    <message>
        <source>A rate is a whole amount, zero or more.</source>
        <translation>Η χρέωση είναι ακέραιο ποσό, μηδέν ή περισσότερο.</translation>
    </message>
    <message>
        <source>The price is not a usable amount.</source>
        <translation>Η τιμή δεν είναι έγκυρο ποσό.</translation>
    </message>
    <message>
        <source>Give the day the material was used.</source>
        <translation>Δώστε την ημέρα που χρησιμοποιήθηκε το υλικό.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Η καταχώριση δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This entry is on an invoice; correct the invoice with a credit note.</source>
        <translation>Η καταχώριση βρίσκεται σε τιμολόγιο· διορθώστε το τιμολόγιο με πιστωτικό.</translation>
    </message>
    <message>
        <source>The work must end after it starts.</source>
        <translation>Η εργασία πρέπει να λήγει μετά την έναρξή της.</translation>
    </message>
    <message>
        <source>Type the markup as a percentage, like 25.</source>
        <translation>Γράψτε την προσαύξηση ως ποσοστό, π.χ. 25.</translation>
    </message>
    <message>
        <source>A markup has at most two decimals, like 12.25 %.</source>
        <translation>Η προσαύξηση έχει το πολύ δύο δεκαδικά, π.χ. 12,25 %.</translation>
    </message>
    <message>
        <source>A markup lies between 0 and 1000 %.</source>
        <translation>Η προσαύξηση είναι μεταξύ 0 και 1000 %.</translation>
    </message>
    <message>
        <source>An SKU has at most 50 characters.</source>
        <translation>Ο κωδικός έχει το πολύ 50 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Give the unit, e.g. pc, m or h.</source>
        <translation>Δώστε τη μονάδα, π.χ. τεμ., m ή h.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Ένα όνομα έχει έως 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Η ποσότητα πρέπει να είναι πάνω από μηδέν.</translation>
    </message>
    <message>
        <source>Name the material or pick a product.</source>
        <translation>Δώστε όνομα στο υλικό ή επιλέξτε προϊόν.</translation>
    </message>
    <message>
        <source>Give the contract a name.</source>
        <translation>Δώστε όνομα στη σύμβαση.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Η σύμβαση λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Term and managed contracts need a billing period.</source>
        <translation>Οι συμβάσεις ορισμένου χρόνου και διαχειριζόμενων υπηρεσιών χρειάζονται περίοδο τιμολόγησης.</translation>
    </message>
    <message>
        <source>Describe the fee.</source>
        <translation>Περιγράψτε τη χρέωση.</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>Η χρέωση δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>Only term and managed-services contracts have recurring fees.</source>
        <translation>Μόνο οι συμβάσεις ορισμένου χρόνου και διαχειριζόμενων υπηρεσιών έχουν επαναλαμβανόμενες χρεώσεις.</translation>
    </message>
    <message>
        <source>A contract name is one line of at most 200 characters.</source>
        <translation>Το όνομα της σύμβασης είναι μία γραμμή έως 200 χαρακτήρων.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Αυτός ο αριθμός είναι εκτός ορίων.</translation>
    </message>
    <message>
        <source>One entry cannot be longer than 24 hours; split it by day.</source>
        <translation>Μία καταχώριση δεν μπορεί να ξεπερνά τις 24 ώρες· χωρίστε την ανά ημέρα.</translation>
    </message>
    <message>
        <source>That contract belongs to another client.</source>
        <translation>Αυτή η σύμβαση ανήκει σε άλλον πελάτη.</translation>
    </message>
    <message>
        <source>Give a price for material that is not in the catalogue.</source>
        <translation>Δώστε τιμή για υλικό εκτός καταλόγου.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Junior</source>
        <translation>Κατώτερος</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Κανονικός</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Ανώτερος</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ειδικός</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Προφίλ επιχείρησης</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Αρίθμηση τιμολογίων</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Συντελεστές ΦΠΑ</translation>
    </message>
    <message>
        <source>Work types and rates</source>
        <translation>Είδη εργασίας και χρεώσεις</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Τεχνικοί</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Στρογγυλοποίηση</translation>
    </message>
    <message>
        <source>Prepaid hours</source>
        <translation>Προπληρωμένες ώρες</translation>
    </message>
    <message>
        <source>Hours, holidays and SLA</source>
        <translation>Ωράριο, αργίες και SLA</translation>
    </message>
    <message>
        <source>Maintenance schedules</source>
        <translation>Προγράμματα συντήρησης</translation>
    </message>
    <message>
        <source>Mail and templates</source>
        <translation>Αλληλογραφία και πρότυπα</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Συντόμευση</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Παράθυρο</translation>
    </message>
    <message>
        <source>A page&apos;s shortcuts work while that page is shown; the Actions menu lists those of the page on show.</source>
        <translation>Οι συντομεύσεις μιας σελίδας λειτουργούν όσο εμφανίζεται η σελίδα· το μενού Ενέργειες δείχνει αυτές της τρέχουσας σελίδας.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Υπογράψτε εδώ με το ποντίκι, γραφίδα ή δάχτυλο</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Υπογραφή πελάτη</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>Ο&amp;δός</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Ταχ. &amp;κώδικας</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Πόλη</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Χώ&amp;ρα</translation>
    </message>
    <message>
        <source>km from the shop, e.g. 12.5</source>
        <translation>km από την επιχείρηση, π.χ. 12.5</translation>
    </message>
    <message>
        <source>&amp;Distance (km)</source>
        <translation>&amp;Απόσταση (km)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>&amp;Travel time</source>
        <translation>&amp;Χρόνος μετακίνησης</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ση&amp;μειώσεις</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Διακομιστής αλληλογραφίας (SMTP)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>φυλάσσεται στη μνήμη κωδικών του συστήματος</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Απομνημόνευση του κωδικού στη μνήμη κωδικών</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Ασφάλεια</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Prepaid statement — %1</source>
        <translation>Κατάσταση προπληρωμένων ωρών — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Αποθήκευση ως</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Αποθήκευση PDF</translation>
    </message>
    <message>
        <source>Prepaid statement %1 %2 to %3.pdf</source>
        <translation>Κατάσταση προπληρωμένων %1 %2 έως %3.pdf</translation>
    </message>
    <message>
        <source>Save prepaid statement</source>
        <translation>Αποθήκευση κατάστασης προπληρωμένων ωρών</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Επιλέξτε πού θα αποθηκευτεί το PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει.</translation>
    </message>
</context>
<context>
    <name>TaxSection</name>
    <message>
        <source>VAT rates</source>
        <translation>Συντελεστές ΦΠΑ</translation>
    </message>
    <message>
        <source>A rate used on an issued invoice can be deactivated, not changed: add a new rate when the law changes.</source>
        <translation>Ένας συντελεστής που χρησιμοποιήθηκε σε εκδομένο τιμολόγιο μπορεί να απενεργοποιηθεί, όχι να αλλάξει: προσθέστε νέο όταν αλλάξει ο νόμος.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Συντελεστής</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Σημείωση απαλλαγής</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Νέος συντελεστής ΦΠΑ</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Συντελεστής (%)</translation>
    </message>
    <message>
        <source>0 for zero-rated and exempt.</source>
        <translation>0 για μηδενικό συντελεστή και απαλλαγή.</translation>
    </message>
    <message>
        <source>Printed on invoices for exempt, reverse-charge and out-of-scope rates.</source>
        <translation>Τυπώνεται στα τιμολόγια για απαλλαγή, αντίστροφη επιβάρυνση και εκτός πεδίου ΦΠΑ.</translation>
    </message>
    <message>
        <source>Add VAT rate</source>
        <translation>Προσθήκη συντελεστή ΦΠΑ</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Κανονικός συντελεστής</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Μηδενικός συντελεστής</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Απαλλαγή</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Αντίστροφη επιβάρυνση</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Ενδοκοινοτική παράδοση</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Εξαγωγή εκτός ΕΕ</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Εκτός πεδίου εφαρμογής ΦΠΑ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>VAT rate added.</source>
        <translation>Ο συντελεστής ΦΠΑ προστέθηκε.</translation>
    </message>
</context>
<context>
    <name>TechniciansSection</name>
    <message>
        <source>Technicians</source>
        <translation>Τεχνικοί</translation>
    </message>
    <message>
        <source>The people who log time and visits. A deactivated technician leaves every picker but keeps all their work.</source>
        <translation>Τα άτομα που καταγράφουν χρόνο και επισκέψεις. Ένας απενεργοποιημένος τεχνικός φεύγει από κάθε λίστα επιλογής αλλά κρατά όλη την εργασία του.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Βαθμίδα</translation>
    </message>
    <message>
        <source>Default rate</source>
        <translation>Προεπιλεγμένη χρέωση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Rate rules can set a rate per level.</source>
        <translation>Οι κανόνες χρέωσης μπορούν να ορίσουν χρέωση ανά επίπεδο.</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>Βαθμίδα υποστήριξης</translation>
    </message>
    <message>
        <source>0 (first line) to 4.</source>
        <translation>0 (πρώτη γραμμή) έως 4.</translation>
    </message>
    <message>
        <source>Default hourly rate (%1)</source>
        <translation>Προεπιλεγμένη ωριαία χρέωση (%1)</translation>
    </message>
    <message>
        <source>Leave empty to use the work type&apos;s rate.</source>
        <translation>Αφήστε κενό για να χρησιμοποιηθεί η χρέωση του είδους εργασίας.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέος</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Only a technician with no recorded work</source>
        <translation>Μόνο τεχνικός χωρίς καταγεγραμμένη εργασία</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>Add technician</source>
        <translation>Προσθήκη τεχνικού</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Κατώτερος</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Κανονικός</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Ανώτερος</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Ειδικός</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργός</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>Technician saved.</source>
        <translation>Ο τεχνικός αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Technician deactivated.</source>
        <translation>Ο τεχνικός απενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Technician reactivated.</source>
        <translation>Ο τεχνικός επανενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Technician deleted.</source>
        <translation>Ο τεχνικός διαγράφηκε.</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Response</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>No SLA target</source>
        <translation>Χωρίς στόχο SLA</translation>
    </message>
    <message>
        <source>Resolved within the SLA</source>
        <translation>Επιλύθηκε εντός SLA</translation>
    </message>
    <message>
        <source>Resolved after the SLA</source>
        <translation>Επιλύθηκε μετά το SLA</translation>
    </message>
    <message>
        <source>With the vendor, no date promised</source>
        <translation>Στον προμηθευτή, χωρίς υποσχεμένη ημερομηνία</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>δεν χρεώθηκε</translation>
    </message>
    <message>
        <source>No materials logged yet (Ctrl+Shift+M).</source>
        <translation>Δεν έχουν καταγραφεί ακόμη υλικά (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>Υλικά που χρησιμοποιήθηκαν</translation>
    </message>
    <message>
        <source>With the vendor, promised for %1</source>
        <translation>Στον προμηθευτή, υποσχέθηκε για %1</translation>
    </message>
    <message>
        <source>Vendor late: promised for %1</source>
        <translation>Ο προμηθευτής καθυστερεί: υποσχέθηκε για %1</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>τιμολογήθηκε</translation>
    </message>
    <message>
        <source>Stop the timer and log the work</source>
        <translation>Σταμάτημα χρονομέτρου και καταγραφή της εργασίας</translation>
    </message>
    <message>
        <source>Start timing work on this ticket</source>
        <translation>Έναρξη χρονομέτρησης εργασίας σε αυτό το αίτημα</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Δημόσια απάντηση</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Κλιμάκωση</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Ανάθεση</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Καταγραφή χρόνου</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Υλικό</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Έναρξη χρονομέτρου</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Άνοιξε</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Πρώτη απάντηση</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Προθεσμία επίλυσης</translation>
    </message>
    <message>
        <source>Paused (business)</source>
        <translation>Σε παύση (εργάσιμες)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Προμηθευτής</translation>
    </message>
    <message>
        <source>Vendor case</source>
        <translation>Υπόθεση προμηθευτή</translation>
    </message>
    <message>
        <source>Vendor promised</source>
        <translation>Υπόσχεση προμηθευτή</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Καταγεγραμμένος χρόνος</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Υλικά</translation>
    </message>
    <message>
        <source>Solved by article</source>
        <translation>Επιλύθηκε με άρθρο</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Κανείς ακόμη</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Όχι ακόμη</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Άνοιξε ξανά</translation>
    </message>
    <message>
        <source>%1 due in %2 business hours</source>
        <translation>%1 σε %2 εργάσιμες ώρες</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσ.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 είδος</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Χωρίς αλλαγή</translation>
    </message>
    <message>
        <source>%1: clock paused, %2 h left</source>
        <translation>%1: το ρολόι σε παύση, απομένουν %2 ώρ.</translation>
    </message>
    <message>
        <source>%1 overdue by %2 h</source>
        <translation>%1 εκπρόθεσμο κατά %2 ώρ.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 ανά %2</translation>
    </message>
    <message>
        <source>Someone else changed this ticket at the same moment, so nothing was changed. The ticket now shows their change; try again if still needed.</source>
        <translation>Κάποιος άλλος άλλαξε αυτό το αίτημα την ίδια στιγμή, οπότε δεν άλλαξε τίποτα. Το αίτημα δείχνει τώρα την αλλαγή τους· δοκιμάστε ξανά αν χρειάζεται ακόμη.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Διακοπή χρονομέτρου</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Προθεσμία %1</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Χρεώσιμο: %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 είδη</translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Εντός χρόνου</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Τηρήθηκε</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Παραβιάστηκε</translation>
    </message>
    <message>
        <source>With vendor</source>
        <translation>Στον προμηθευτή</translation>
    </message>
    <message>
        <source>Vendor late</source>
        <translation>Ο προμηθευτής καθυστερεί</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>No tickets here. Pick another filter, or open a new ticket with Ctrl+N.</source>
        <translation>Κανένα αίτημα εδώ. Επιλέξτε άλλο φίλτρο ή ανοίξτε νέο αίτημα με Ctrl+N.</translation>
    </message>
    <message>
        <source>Search number, title and description…</source>
        <translation type="vanished">Αναζήτηση αριθμού, τίτλου και περιγραφής…</translation>
    </message>
    <message>
        <source>Search tickets…</source>
        <translation>Αναζήτηση αιτημάτων…</translation>
    </message>
    <message>
        <source>Searches the number, title and description (Ctrl+F)</source>
        <translation>Αναζητά σε αριθμό, τίτλο και περιγραφή (Ctrl+F)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Νέο αίτημα</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>Άνοιγμα νέου αιτήματος (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>SLA per client and feedback for a period (Ctrl+Shift+P)</source>
        <translation>SLA ανά πελάτη και αξιολογήσεις για μια περίοδο (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Είμαι</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Όλα τα ανοιχτά</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Δικά μου</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Σε κίνδυνο ή εκπρόθεσμα</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <source>Waiting on vendor</source>
        <translation>Αναμονή προμηθευτή</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Ανά επίπεδο</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Όλα τα αιτήματα</translation>
    </message>
    <message>
        <source>Tier 0 · self-help</source>
        <translation type="vanished">Επίπεδο 0 · αυτοεξυπηρέτηση</translation>
    </message>
    <message>
        <source>Tier 1 · first contact</source>
        <translation type="vanished">Επίπεδο 1 · πρώτη επαφή</translation>
    </message>
    <message>
        <source>Tier 2 · deeper troubleshooting</source>
        <translation type="vanished">Επίπεδο 2 · εις βάθος διερεύνηση</translation>
    </message>
    <message>
        <source>Tier 3 · specialists</source>
        <translation type="vanished">Επίπεδο 3 · ειδικοί</translation>
    </message>
    <message>
        <source>Tier 4 · vendor</source>
        <translation type="vanished">Επίπεδο 4 · προμηθευτής</translation>
    </message>
</context>
<context>
    <name>TicketReports</name>
    <message>
        <source>This month</source>
        <translation>Αυτός ο μήνας</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Προηγούμενος μήνας</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Τελευταίες 90 ημέρες</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Φέτος</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Προσαρμοσμένη περίοδος</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>Response
met</source>
        <translation>Απάντηση
εντός</translation>
    </message>
    <message>
        <source>Response
breached</source>
        <translation>Απάντηση
εκτός</translation>
    </message>
    <message>
        <source>Resolution
met</source>
        <translation>Επίλυση
εντός</translation>
    </message>
    <message>
        <source>Resolution
breached</source>
        <translation>Επίλυση
εκτός</translation>
    </message>
    <message>
        <source>Open,
in time</source>
        <translation>Ανοιχτά,
εντός χρόνου</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Τηρήθηκε</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Βαθμολογίες</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Μέσος όρος</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Χαμηλότερη</translation>
    </message>
    <message>
        <source>Helpdesk reports</source>
        <translation>Αναφορές υποστήριξης</translation>
    </message>
    <message>
        <source>SLA targets met</source>
        <translation>Στόχοι SLA που τηρήθηκαν</translation>
    </message>
    <message>
        <source>Targets breached</source>
        <translation>Στόχοι που παραβιάστηκαν</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Μέση βαθμολογία</translation>
    </message>
    <message>
        <source>Tickets opened in the period that have SLA targets. A target still open but already past due counts as breached.</source>
        <translation>Αιτήματα που άνοιξαν στην περίοδο και έχουν στόχους SLA. Ένας στόχος ακόμη ανοιχτός αλλά ήδη εκπρόθεσμος μετρά ως παραβίαση.</translation>
    </message>
    <message>
        <source>Ratings (1–5) received in the period.</source>
        <translation>Βαθμολογίες (1–5) που ελήφθησαν στην περίοδο.</translation>
    </message>
    <message>
        <source>SLA per client</source>
        <translation>SLA ανά πελάτη</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>from</source>
        <translation>από</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Feedback per technician</source>
        <translation>Αξιολογήσεις ανά τεχνικό</translation>
    </message>
    <message>
        <source>Feedback per client</source>
        <translation>Αξιολογήσεις ανά πελάτη</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Η περίοδος λήγει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Καμία βαθμολογία σε αυτή την περίοδο</translation>
    </message>
    <message>
        <source>Not resolved yet and not past due</source>
        <translation>Δεν έχει επιλυθεί ακόμη και δεν είναι εκπρόθεσμο</translation>
    </message>
    <message>
        <source>%1 response, %2 resolution</source>
        <translation>%1 απάντηση, %2 επίλυση</translation>
    </message>
    <message>
        <source>%1 ratings from %2 clients</source>
        <translation>%1 βαθμολογίες από %2 πελάτες</translation>
    </message>
    <message>
        <source>%1 of %2 targets, %3 tickets</source>
        <translation>%1 από %2 στόχους, %3 αιτήματα</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Το αίτημα άνοιξε</translation>
    </message>
    <message>
        <source>Escalated: tier %1 → %2</source>
        <translation>Κλιμάκωση: επίπεδο %1 → %2</translation>
    </message>
    <message>
        <source>De-escalated: tier %1 → %2</source>
        <translation>Αποκλιμάκωση: επίπεδο %1 → %2</translation>
    </message>
    <message>
        <source>Public note</source>
        <translation>Δημόσια σημείωση</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Εσωτερική σημείωση</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Μήνυμα στον πελάτη</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Αξιολόγηση πελάτη</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ανατέθηκε σε %1</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Δεν έχει συμβεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Κατάσταση: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Whose week and whose timer</source>
        <translation>Ποιανού η εβδομάδα και ποιανού το χρονόμετρο</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Προηγούμενη εβδομάδα (Alt+Αριστερά)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Αυτή η εβδομάδα</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Επόμενη εβδομάδα (Alt+Δεξιά)</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Νέα καταχώριση…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Billed time in grey is a preview with the rounding rule that applies today; in black it is as invoiced.</source>
        <translation>Ο χρεωμένος χρόνος σε γκρι είναι προεπισκόπηση με τον σημερινό κανόνα στρογγυλοποίησης· σε μαύρο είναι όπως τιμολογήθηκε.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Όλες οι καταχωρίσεις</translation>
    </message>
    <message>
        <source>No time entries yet. Work logged by technicians appears here.</source>
        <translation>Δεν υπάρχουν ακόμη καταχωρίσεις χρόνου. Εδώ εμφανίζεται η εργασία που καταγράφουν οι τεχνικοί.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Εβδομάδα %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Add a technician in Settings to log time.</source>
        <translation>Προσθέστε τεχνικό στις Ρυθμίσεις για να καταγράφετε χρόνο.</translation>
    </message>
    <message>
        <source>Week: %1 raw · %2 billed</source>
        <translation>Εβδομάδα: %1 πραγματικός · %2 χρεωμένος</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping entries</source>
        <translation>
            <numerusform>%n επικαλυπτόμενη καταχώριση</numerusform>
            <numerusform>%n επικαλυπτόμενες καταχωρίσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 raw · %3 billed</source>
        <translation>%1 — %2 πραγματικός · %3 χρεωμένος</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Start the timer or add an entry (Ctrl+Shift+E).</source>
        <translation>Τίποτα καταγεγραμμένο αυτή την ημέρα. Ξεκινήστε το χρονόμετρο ή προσθέστε καταχώριση (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Η καταχώριση διαγράφηκε.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Διακοπή χρονομέτρου</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Έναρξη χρονομέτρου</translation>
    </message>
    <message>
        <source>Running since %1 · %2</source>
        <translation>Τρέχει από %1 · %2</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>Add a technician in Settings before timing work.</source>
        <translation>Προσθέστε τεχνικό στις Ρυθμίσεις πριν χρονομετρήσετε εργασία.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Χρονόμετρο</translation>
    </message>
</context>
<context>
    <name>TimerIndicator</name>
    <message>
        <source>Start &amp;timer</source>
        <translation>Έναρξη &amp;χρονομέτρου</translation>
    </message>
    <message>
        <source>New time &amp;entry…</source>
        <translation>Νέα &amp;καταχώριση χρόνου…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Χρονόμετρο</translation>
    </message>
    <message>
        <source>Show TechLedger</source>
        <translation>Εμφάνιση TechLedger</translation>
    </message>
    <message>
        <source>Stop &amp;timer</source>
        <translation>Διακοπή &amp;χρονομέτρου</translation>
    </message>
    <message>
        <source>Stop the timer and log the work (Ctrl+Shift+T)</source>
        <translation>Διακοπή χρονομέτρου και καταγραφή εργασίας (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Start timing work now (Ctrl+Shift+T)</source>
        <translation>Έναρξη χρονομέτρησης εργασίας τώρα (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Χρονόμετρο %1</translation>
    </message>
    <message>
        <source>TechLedger — no timer running</source>
        <translation>TechLedger — κανένα χρονόμετρο δεν τρέχει</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up prepaid hours — %1</source>
        <translation>Αναπλήρωση προπληρωμένων ωρών — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 h left now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Απομένουν τώρα %2 ώρ.</translation>
    </message>
    <message>
        <source>e.g. 10 or 7:30</source>
        <translation>π.χ. 10 ή 7:30</translation>
    </message>
    <message>
        <source>This contract needs a purchase of at least %1 h.</source>
        <translation>Αυτή η σύμβαση απαιτεί αγορά τουλάχιστον %1 ώρ.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Ημερομηνία αγοράς</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Λήγει στις</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Order or invoice reference (optional)</source>
        <translation>Αναφορά παραγγελίας ή τιμολογίου (προαιρετικά)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>A draft invoice for the block is created when you save.</source>
        <translation>Με την αποθήκευση δημιουργείται πρόχειρο τιμολόγιο για το πακέτο.</translation>
    </message>
    <message>
        <source>The next month-end run for this client invoices the block.</source>
        <translation>Το πακέτο θα τιμολογηθεί στην επόμενη μηνιαία εκκαθάριση αυτού του πελάτη.</translation>
    </message>
    <message>
        <source>The block first pays the %1 h owed: %2 h of it will be left.</source>
        <translation>Το πακέτο καλύπτει πρώτα τις %1 ώρες που οφείλονται: θα απομείνουν %2 ώρες.</translation>
    </message>
</context>
<context>
    <name>VersionedRecordDialog</name>
    <message>
        <source>Someone else changed this record after you opened it, so your changes were not saved yet. Both versions are shown below: tick the values to take from theirs, or keep all of yours, then press OK to save.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή την εγγραφή αφού την ανοίξατε, οπότε οι αλλαγές σας δεν έχουν αποθηκευτεί ακόμη. Και οι δύο εκδοχές φαίνονται παρακάτω: επιλέξτε τις τιμές που θα πάρετε από τη δική τους ή κρατήστε όλες τις δικές σας και πατήστε OK για αποθήκευση.</translation>
    </message>
    <message>
        <source>Press OK to save the values now in the form.</source>
        <translation>Πατήστε OK για να αποθηκευτούν οι τιμές της φόρμας.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>— pick a client —</source>
        <translation>— επιλέξτε πελάτη —</translation>
    </message>
    <message>
        <source>e.g. 2026-11-23 11:30 or 11:30</source>
        <translation>π.χ. 2026-11-23 11:30 ή 11:30</translation>
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
        <translation>Τι έγινε, με μία-δύο προτάσεις</translation>
    </message>
    <message>
        <source>h:mm</source>
        <translation>ώ:λλ</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Απόσταση</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Arrival – departure</source>
        <translation>Άφιξη – αναχώρηση</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Μετακίνηση</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Αποθήκευση επίσκεψης</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Αποθήκευση της επίσκεψης (Ctrl+S)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Επίσκεψη</translation>
    </message>
    <message>
        <source>— type to search the catalogue —</source>
        <translation>— πληκτρολογήστε για αναζήτηση στον κατάλογο —</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>Έξοδος από αυτή την επίσκεψη;</translation>
    </message>
    <message>
        <source>This visit has changes that are not saved yet.</source>
        <translation>Αυτή η επίσκεψη έχει αλλαγές που δεν αποθηκεύτηκαν ακόμη.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Αποθήκευση και επιστροφή</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Απόρριψη αλλαγών</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Παραμονή</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the work on this visit is not logged under a contract, and only a contract&apos;s travel terms (trip fee, distance or travel-time rate) put travel on an invoice.</source>
        <translation>Η μετακίνηση είναι στην αναφορά αλλά δεν τιμολογείται: η εργασία αυτής της επίσκεψης δεν έχει καταγραφεί σε σύμβαση, και μόνο οι όροι μετακίνησης μιας σύμβασης (τέλος μετάβασης, χρέωση απόστασης ή χρόνου μετακίνησης) βάζουν τη μετακίνηση σε τιμολόγιο.</translation>
    </message>
    <message>
        <source>Travel is on the report but not invoiced: the contract %1 has no travel terms (trip fee, distance or travel-time rate).</source>
        <translation>Η μετακίνηση είναι στην αναφορά αλλά δεν τιμολογείται: η σύμβαση %1 δεν έχει όρους μετακίνησης (τέλος μετάβασης, χρέωση απόστασης ή χρόνου μετακίνησης).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>έναρξη</translation>
    </message>
    <message>
        <source>1:30</source>
        <translation>1:30</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>Add work</source>
        <translation>Προσθήκη εργασίας</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Εργασία που έγινε</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Υλικό</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>— pick from the catalogue —</source>
        <translation type="vanished">— επιλέξτε από τον κατάλογο —</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Προσθήκη υλικού</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Υλικά</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Όνομα με κεφαλαία</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Υπογραφή πελάτη</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Υπογράφει</translation>
    </message>
    <message>
        <source>Save the visit first; then add work, materials and the signature.</source>
        <translation>Αποθηκεύστε πρώτα την επίσκεψη· μετά προσθέστε εργασία, υλικά και υπογραφή.</translation>
    </message>
    <message>
        <source>Sign and produce report</source>
        <translation>Υπογραφή και δημιουργία αναφοράς</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Αποθήκευση PDF…</translation>
    </message>
    <message>
        <source>The visit report appears here. Add the work, let the customer sign, then produce the report.</source>
        <translation>Η αναφορά επίσκεψης εμφανίζεται εδώ. Προσθέστε την εργασία, ζητήστε την υπογραφή του πελάτη και μετά δημιουργήστε την αναφορά.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Προεπισκόπηση αναφοράς</translation>
    </message>
    <message>
        <source>‹ All visits</source>
        <translation>‹ Όλες οι επισκέψεις</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Επίσκεψη %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Νέα επίσκεψη</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>(χωρίς αίτημα)</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Υπογράφηκε από %1 στις %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Take the selected line off the visit (Delete)</source>
        <translation>Αφαίρεση της επιλεγμένης γραμμής από την επίσκεψη (Delete)</translation>
    </message>
    <message>
        <source>— pick the client first —</source>
        <translation>— επιλέξτε πρώτα πελάτη —</translation>
    </message>
    <message>
        <source>(this client has no sites; add one under Clients)</source>
        <translation>(αυτός ο πελάτης δεν έχει τοποθεσίες· προσθέστε μία στους Πελάτες)</translation>
    </message>
    <message>
        <source>The report could not be produced: %1</source>
        <translation>Η αναφορά δεν δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Αποθήκευση αναφοράς επίσκεψης</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Η αναφορά δεν αποθηκεύτηκε: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>No visits yet. Start one when you arrive on site.</source>
        <translation>Δεν υπάρχουν ακόμη επισκέψεις. Ξεκινήστε μία όταν φτάσετε στον χώρο.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Νέα επίσκεψη</translation>
    </message>
    <message>
        <source>Start a visit report (Ctrl+N)</source>
        <translation>Έναρξη αναφοράς επίσκεψης (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>Επισκέψεις στον χώρο</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Τεχνικός</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογεγραμμένο</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Χωρίς υπογραφή</translation>
    </message>
</context>
<context>
    <name>WeekGridTableModel</name>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Δευ</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Τρι</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Τετ</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Πεμ</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Παρ</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Σαβ</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Κυρ</translation>
    </message>
    <message>
        <source>%1 raw · %2 billed</source>
        <translation>%1 πραγματικός · %2 χρεωμένος</translation>
    </message>
    <message>
        <source>Overlaps another entry of this technician.</source>
        <translation>Επικαλύπτει άλλη καταχώριση αυτού του τεχνικού.</translation>
    </message>
    <message>
        <source>%1 raw
%2 billed</source>
        <translation>%1 πραγματικός
%2 χρεωμένος</translation>
    </message>
</context>
<context>
    <name>WorkTypesSection</name>
    <message>
        <source>Work types</source>
        <translation>Είδη εργασίας</translation>
    </message>
    <message>
        <source>Each kind of work has a default hourly rate; rate rules below and contracts can override it.</source>
        <translation>Κάθε είδος εργασίας έχει προεπιλεγμένη ωριαία χρέωση· οι κανόνες χρέωσης παρακάτω και οι συμβάσεις μπορούν να την αλλάξουν.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Στον χώρο</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Hourly rate (%1)</source>
        <translation>Ωριαία χρέωση (%1)</translation>
    </message>
    <message>
        <source>Done at the client&apos;s site</source>
        <translation>Γίνεται στον χώρο του πελάτη</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>Add work type</source>
        <translation>Προσθήκη είδους εργασίας</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Κανόνες χρέωσης</translation>
    </message>
    <message>
        <source>A rate from a date on. Work is priced by the rule in force on the day it was done, so a new rate never changes past work. Rules for one client or contract are set on the contract.</source>
        <translation>Μια χρέωση από μια ημερομηνία και μετά. Η εργασία τιμολογείται με τον κανόνα που ίσχυε την ημέρα που έγινε, οπότε μια νέα χρέωση δεν αλλάζει ποτέ παλαιότερη εργασία. Κανόνες για έναν πελάτη ή μια σύμβαση ορίζονται στη σύμβαση.</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Είδος εργασίας</translation>
    </message>
    <message>
        <source>Technician level</source>
        <translation>Επίπεδο τεχνικού</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Οποιοδήποτε επίπεδο</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Select a rule above and press “End rule” to stop it after this day.</source>
        <translation>Επιλέξτε έναν κανόνα παραπάνω και πατήστε «Λήξη κανόνα» για να σταματήσει μετά από αυτή την ημέρα.</translation>
    </message>
    <message>
        <source>End rule</source>
        <translation>Λήξη κανόνα</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Προσθήκη κανόνα</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="vanished">Κατώτερος</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Βασικός</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="vanished">Ανώτερος</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="vanished">Ειδικός</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>All work types</source>
        <translation>Όλα τα είδη εργασίας</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>Work type saved.</source>
        <translation>Το είδος εργασίας αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Rate rule added.</source>
        <translation>Ο κανόνας χρέωσης προστέθηκε.</translation>
    </message>
    <message>
        <source>Rate rule ended.</source>
        <translation>Ο κανόνας χρέωσης έληξε.</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Αρχειοθέτηση</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>not billable</source>
        <translation>μη χρεώσιμο</translation>
    </message>
</context>
</TS>
