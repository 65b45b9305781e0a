/** The factory for jest.mock('../../src/services/consult'): every action a jest.fn(). */
export function consultMock() {
  return {
    getAvailability: jest.fn(),
    saveAvailability: jest.fn(),
    getBookingRules: jest.fn(),
    setBookingRules: jest.fn(),
    listConsultants: jest.fn(),
    listStationMembers: jest.fn(),
    listSlots: jest.fn(),
    book: jest.fn(),
    cancelBooking: jest.fn(),
    rescheduleBooking: jest.fn(),
    getBooking: jest.fn(),
    listBookings: jest.fn(),
    listMyDay: jest.fn(),
    markNoShow: jest.fn(),
  };
}
