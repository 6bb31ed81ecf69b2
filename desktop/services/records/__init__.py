"""What technicians record: clients with their contacts and sites, time entries and materials, the
running timer, on-site visits and the week grid."""
