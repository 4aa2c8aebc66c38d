/**
 * Aldermen's meetings (wethoudersbijeenkomsten): staff schedule a meeting and choose whom it invites; each
 * municipality's alderman gets a personal link to register, decline or send a colleague; seats are limited and a
 * waiting list moves up when someone cancels; attendees are reminded a week and a day before; afterwards staff record
 * who came, and every municipality that came without an onboarding is followed up. One {@code aldermen-meeting}
 * process per meeting.
 */
package nl.eentegeneenzaamheid.coalition.meetings;
