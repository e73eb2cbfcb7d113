package serve

import "time"

// SetPing sets the time between the comments of s's event streams. Call it
// before s serves.
func SetPing(s *Server, d time.Duration) { s.ping = d }

// Streams returns how many event streams s has open.
func Streams(s *Server) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.clients)
}
